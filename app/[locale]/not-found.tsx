import { getTranslations } from 'next-intl/server';

import { NotFoundContent } from '@/components/layout/not-found-page';

// Shown when the browser's router meets notFound(); the server answers unknown paths with
// components/layout/not-found-page.tsx, which renders the same content into the HTML.
export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <>
      <title>{t('title')}</title>
      <NotFoundContent />
    </>
  );
}
