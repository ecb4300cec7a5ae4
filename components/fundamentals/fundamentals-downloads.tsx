import { getTranslations } from 'next-intl/server';

/** Links to the data set the fundamentals tables show. Plain anchors: /data is not a localized page. */
export async function FundamentalsDownloads() {
  const t = await getTranslations('Fundamentals');
  return (
    <span className="downloads">
      {t.rich('download', {
        csv: (chunks) => (
          <a href="/data/fundamentals.csv" download>
            {chunks}
          </a>
        ),
        json: (chunks) => <a href="/data/fundamentals.json">{chunks}</a>,
      })}
    </span>
  );
}
