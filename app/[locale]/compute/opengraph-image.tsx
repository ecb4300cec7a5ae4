import { localeParams, localizedPageImage, OG_SIZE } from '@/lib/seo/og-image';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const generateStaticParams = localeParams;

export default localizedPageImage('computeTitle', { namespace: 'Compute', key: 'kicker' });
