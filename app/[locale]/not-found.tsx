import { getTranslations } from 'next-intl/server';

import { LocaleLink } from '@/components/layout/locale-link';

export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="container not-found">
      <title>{t('title')}</title>
      <p className="kicker">404</p>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p className="not-found-links">
        <LocaleLink className="button" href="/">
          {t('back')}
        </LocaleLink>
        <LocaleLink href="/market">{t('market')}</LocaleLink>
      </p>
    </div>
  );
}
