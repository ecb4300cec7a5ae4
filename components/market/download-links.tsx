import { getTranslations } from 'next-intl/server';

/**
 * "Download CSV / JSON" under a table or chart: `base` is the download's path without its
 * extension (`/data/market`, `/data/tokens/render/history`), `what` names the data for screen readers.
 */
export async function DownloadLinks({ base, what }: { base: string; what: string }) {
  const t = await getTranslations('Data');
  function link(format: 'csv' | 'json') {
    return function DownloadLink(chunks: React.ReactNode) {
      return (
        <a href={`${base}.${format}`} download aria-label={t('downloadLabel', { what, format: format.toUpperCase() })}>
          {chunks}
        </a>
      );
    };
  }
  return <p className="downloads">{t.rich('download', { csv: link('csv'), json: link('json') })}</p>;
}
