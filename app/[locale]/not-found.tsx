import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function LocaleNotFound() {
  const t = useTranslations('NotFound');
  return (
    <div className="container not-found">
      <title>{t('title')}</title>
      <p className="kicker">404</p>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p className="not-found-links">
        <Link className="button" href="/">
          {t('back')}
        </Link>
        <Link href="/market">{t('market')}</Link>
      </p>
    </div>
  );
}
