import { useTranslations } from 'next-intl';

import { WhenVisible } from '@/components/charts/when-visible';
import { TableScroll } from '@/components/layout/table-scroll';
import { formatAmount, formatPrice } from '@/lib/format';
import type { BmeResult } from '@/lib/tokenomics/bme';

import { LazyBmeChart } from './lazy-bme-charts';

// Rendered on the server for the parameters in the URL, and in the browser after an edit
// (ToolsApp), inside the live region ToolsApp keeps.
export function BmeResults({ locale, result, months }: { locale: string; result: BmeResult; months: number }) {
  const t = useTranslations('Tools');
  const tokens = (v: number) => formatAmount(locale, v, 2);
  const labels = { month: t('month'), burned: t('burnedSeries'), minted: t('mintedSeries'), supply: t('supplySeries') };
  return (
    <>
      <h3 id="bme-results-title">{t('results')}</h3>
      <dl className="result-grid">
        <div>
          <dt>{t('equilibrium')}</dt>
          <dd data-testid="bme-equilibrium-price">
            {result.equilibriumPrice == null ? t('noEquilibrium') : formatPrice(locale, result.equilibriumPrice)}
          </dd>
          <dd className="hint" data-testid="bme-equilibrium-hint">
            {t('equilibriumHint', { direction: result.direction })}
          </dd>
        </div>
        <div>
          <dt>{t('burned')}</dt>
          <dd>{t('tokensUnit', { value: tokens(result.burned) })}</dd>
        </div>
        <div>
          <dt>{t('netEmission')}</dt>
          <dd data-testid="bme-net-emission">{t('tokensUnit', { value: tokens(result.netEmission) })}</dd>
          <dd className="hint">{t('netHint', { direction: result.direction })}</dd>
        </div>
        <div>
          <dt>{t('supplyAfter', { months })}</dt>
          <dd data-testid="bme-supply-after">{t('tokensUnit', { value: tokens(result.supplyAfter) })}</dd>
        </div>
      </dl>
      <div className="bme-charts">
        {(['supply', 'flows'] as const).map((kind) => (
          <figure key={kind}>
            <figcaption>{kind === 'supply' ? t('chartSupply') : t('chartFlows')}</figcaption>
            <WhenVisible placeholderClassName="chart-frame chart-frame-small">
              <LazyBmeChart kind={kind} locale={locale} projection={result.projection} labels={labels} />
            </WhenVisible>
          </figure>
        ))}
      </div>
      <details className="chart-table">
        <summary>{t('projectionTable')}</summary>
        <TableScroll label={t('projectionRegion')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('month')}</th>
                <th scope="col" className="num">
                  {t('burnedSeries')}
                </th>
                <th scope="col" className="num">
                  {t('mintedSeries')}
                </th>
                <th scope="col" className="num">
                  {t('supplySeries')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.projection.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td className="num">{tokens(m.burned)}</td>
                  <td className="num">{tokens(m.minted)}</td>
                  <td className="num">{tokens(m.supply)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </>
  );
}
