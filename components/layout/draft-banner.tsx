import { draftMode } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';

/** Tells an editor in draft mode that unpublished drafts are showing, and how to leave. */
export async function DraftBanner() {
  if (!(await draftMode()).isEnabled) return null;
  const [t, locale] = await Promise.all([getTranslations('Draft'), getLocale()]);
  return (
    <p className="draft-banner" role="status">
      {t('banner')} <a href={`/api/draft/disable?path=/${locale}`}>{t('exit')}</a>
    </p>
  );
}
