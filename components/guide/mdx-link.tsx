import type { ComponentProps } from 'react';
import { LocaleLink as Link } from '@/components/layout/locale-link';

// Content links are written without the locale (`/tools`); the reader's locale is added here.
export function MdxLink({ href = '', ...props }: ComponentProps<'a'>) {
  if (href.startsWith('/') && !href.startsWith('//')) return <Link href={href} {...props} />;
  if (href.startsWith('#')) return <a href={href} {...props} />;
  return <a href={href} rel="noopener" {...props} />;
}
