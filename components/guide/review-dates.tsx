import { getLocale, getTranslations } from 'next-intl/server';

import { formatDate } from '@/lib/format';

export async function ReviewDates({ lastReviewed, nextReview }: { lastReviewed: string; nextReview: string }) {
  const t = await getTranslations('Guide');
  const locale = await getLocale();
  return (
    <p className="review-dates">
      {t.rich('reviewed', {
        date: formatDate(locale, lastReviewed),
        time: (chunks) => <time dateTime={lastReviewed}>{chunks}</time>,
      })}
      {' · '}
      {t.rich('nextReview', {
        date: formatDate(locale, nextReview),
        time: (chunks) => <time dateTime={nextReview}>{chunks}</time>,
      })}
    </p>
  );
}
