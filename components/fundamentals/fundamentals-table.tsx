import { getTranslations } from 'next-intl/server';

import { LocaleLink as Link } from '@/components/layout/locale-link';
import { TableScroll } from '@/components/layout/table-scroll';
import { FIGURE_KEYS, getFundamentals } from '@/lib/fundamentals';
import { getToken } from '@/lib/market/registry';

import { FigureValue } from './figure-value';
import { FundamentalsDownloads } from './fundamentals-downloads';
import { RevenueBadge } from './revenue-badge';

/**
 * The fundamentals framework applied to every tracked token (MDX: `<FundamentalsTable />`). The
 * prose says "look at the table"; the figures, their kind (live or reported) and reasons live here.
 */
export async function FundamentalsTable() {
  const [data, t] = await Promise.all([getFundamentals(), getTranslations('Fundamentals')]);
  return (
    <figure className="fundamentals-table" data-testid="fundamentals-table">
      <TableScroll label={t('tableCaption')}>
        <table className="data-table">
          <caption>{t('tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('token')}</th>
              {FIGURE_KEYS.map((key) => (
                <th key={key} scope="col" className="num">
                  <abbr title={t(`help.${key}`)}>{t(`figures.${key}`)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.tokens.map((row) => {
              const token = getToken(row.slug);
              if (!token) return null;
              return (
                <tr key={row.slug} data-token={row.slug}>
                  <th scope="row">
                    <Link href={`/tokens/${row.slug}#fundamentals-title`}>{token.name}</Link>{' '}
                    <span className="ticker">{token.symbol}</span>
                  </th>
                  {FIGURE_KEYS.map((key) => (
                    <td key={key} className="num" data-figure={key}>
                      <FigureValue row={row} figure={key} symbol={token.symbol} />
                      {key === 'revenue30dUsd' && row.revenue30dUsd != null && (
                        <>
                          {' '}
                          <RevenueBadge row={row} />
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <figcaption className="muted">
        {t('notAdvice')} <FundamentalsDownloads />
      </figcaption>
    </figure>
  );
}
