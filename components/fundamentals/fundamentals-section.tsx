import { getLocale, getTranslations } from 'next-intl/server';

import { dateFormat, formatDate, formatDateTime } from '@/lib/format';
import { FIGURE_KEYS, getDailyRevenue, getFundamentals } from '@/lib/fundamentals';
import { emissionSchedule } from '@/lib/fundamentals/emissions';
import { monthlyRevenueVsIssuance } from '@/lib/fundamentals/reshape';
import { LIVE_REVENUE, NO_LIVE_REVENUE } from '@/lib/fundamentals/sources';
import { getPriceSeries } from '@/lib/market';
import type { Token } from '@/lib/market/registry';

import { FigureValue } from './figure-value';
import { FundamentalsDownloads } from './fundamentals-downloads';
import { MonthlyChart } from './monthly-chart';
import { RevenueBadge } from './revenue-badge';

type Translator = Awaited<ReturnType<typeof getTranslations<'Fundamentals'>>>;
type MessageKey = Parameters<Translator>[0];

// A schedule dated to the month only (YYYY-MM) is shown as a month, never as its first day.
function effectiveLabel(locale: string, date: string): string {
  return date.length === 7
    ? dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}-01T00:00:00Z`))
    : formatDate(locale, date);
}

/** A token page's "Fundamentals": figures, what each counts for this protocol, sources and dates. */
export async function FundamentalsSection({ token }: { token: Token }) {
  const [data, daily, locale, t] = await Promise.all([
    getFundamentals(),
    getDailyRevenue(token.slug),
    getLocale(),
    getTranslations('Fundamentals'),
  ]);
  const row = data.tokens.find((r) => r.slug === token.slug);
  if (!row) return null;
  const schedule = emissionSchedule(token.slug);
  const months =
    daily.length > 0
      ? monthlyRevenueVsIssuance(
          daily,
          // The same daily rate the 30-day figure uses (for Filecoin, its simple minting).
          row.issuance30dTokens == null ? null : row.issuance30dTokens / 30,
          (await getPriceSeries(token.slug)).daily,
        )
      : [];

  let definition: string | null = null;
  if (row.revenueBasis === 'live' && LIVE_REVENUE[token.slug]) definition = t(`definition.${token.slug}` as MessageKey);
  else if (row.revenueBasis === 'reported') definition = t(`reportedDefinition.${token.slug}` as MessageKey);
  const gap = NO_LIVE_REVENUE[token.slug];

  return (
    <section aria-labelledby="fundamentals-title" className="panel fundamentals" data-testid="fundamentals">
      <h2 id="fundamentals-title">{t('title')}</h2>
      <p className="lead">{t('lead', { name: token.name })}</p>
      <dl className="figures">
        {FIGURE_KEYS.map((key) => (
          <div key={key} data-figure={key}>
            <dt>{t(`figures.${key}`)}</dt>
            <dd>
              <FigureValue row={row} figure={key} symbol={token.symbol} />
              {key === 'revenue30dUsd' && row.revenue30dUsd != null && (
                <>
                  {' '}
                  <RevenueBadge row={row} />
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted fundamentals-basis" data-basis={row.revenueBasis ?? 'none'}>
        {t.rich('basis', {
          basis: row.revenueBasis ?? 'none',
          when: row.revenueBasis === 'live' ? formatDateTime(locale, row.asOf) : '',
          start: row.revenuePeriod ? formatDate(locale, row.revenuePeriod.start) : '',
          end: row.revenuePeriod ? formatDate(locale, row.revenuePeriod.end) : '',
          time: (chunks) => <time>{chunks}</time>,
        })}
      </p>

      <details className="fundamentals-definitions">
        <summary>{t('definitionsTitle')}</summary>
        <h3>{t('revenueDefinition', { name: token.name })}</h3>
        {definition && <p data-testid="revenue-definition">{definition}</p>}
        {gap && <p>{t(`liveGap.${gap}`)}</p>}
        <dl>
          {FIGURE_KEYS.map((key) => (
            <div key={key}>
              <dt>{t(`figures.${key}`)}</dt>
              <dd>{t(`help.${key}`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      <h3>{t('issuanceTitle', { name: token.name })}</h3>
      <p data-testid="issuance-basis">
        {t(`issuance.${token.slug}`)}{' '}
        {schedule?.effectiveFrom &&
          schedule.tokensPerDay != null &&
          t('effectiveFrom', { date: effectiveLabel(locale, schedule.effectiveFrom) })}
      </p>
      {schedule?.pending && token.slug === 'helium' && (
        <aside className="callout callout-note">
          <strong>{t('pendingTitle')}.</strong> {t('pending.helium')}
        </aside>
      )}

      <h3>{t('chartTitle')}</h3>
      {months.length > 0 ? <MonthlyChart rows={months} name={token.name} /> : <p className="muted">{t('noHistory')}</p>}

      <h3 id="fundamentals-sources">{t('sourcesTitle')}</h3>
      <ol className="sources" aria-labelledby="fundamentals-sources">
        {row.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>
          </li>
        ))}
      </ol>
      <p className="muted">
        {t('notAdvice')} <FundamentalsDownloads />
      </p>
    </section>
  );
}
