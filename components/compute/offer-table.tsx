import { getLocale, getTranslations } from 'next-intl/server';

import { TableScroll } from '@/components/layout/table-scroll';
import type { GpuOffer } from '@/lib/compute/contract';
import { cheapestByKind } from '@/lib/compute/market';
import { formatPrice } from '@/lib/format';

import { formatOfferDate, kindKey } from './format';

/** Every offer of one GPU with its kind, provider, region, date and source; the chart's text alternative. */
export async function OfferTable({ caption, offers }: { caption: string; offers: GpuOffer[] }) {
  const [t, locale] = await Promise.all([getTranslations('Compute'), getLocale()]);
  const cheapest = cheapestByKind(offers);
  return (
    <TableScroll label={caption}>
      <table className="data-table offer-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('provider')}</th>
            <th scope="col">{t('network')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col" className="num">
              {t('price')}
            </th>
            <th scope="col">{t('variant')}</th>
            <th scope="col">{t('region')}</th>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o, i) => {
            const best = cheapest.get(o.kind) === o;
            return (
              <tr
                key={i}
                data-provider={o.provider}
                data-network={o.network}
                data-kind={o.kind}
                data-cheapest={best || undefined}
              >
                <th scope="row">{o.provider}</th>
                <td>{t('networkName', { network: o.network })}</td>
                <td>{t('kindName', { kind: kindKey(o.kind) })}</td>
                <td className="num">
                  <span className="offer-price">{formatPrice(locale, o.usdPerGpuHour)}</span>
                  {o.range && o.range.max !== o.range.min && (
                    <span className="offer-range">
                      {' '}
                      {t('range', { low: formatPrice(locale, o.range.min), high: formatPrice(locale, o.range.max) })}
                    </span>
                  )}
                  {best && (
                    <strong className="badge badge-cheapest"> {t('cheapest', { kind: kindKey(o.kind) })}</strong>
                  )}
                </td>
                <td>{o.variant ?? t('notStated')}</td>
                <td>{o.region ?? t('notStated')}</td>
                <td>{formatOfferDate(locale, o.date)}</td>
                <td>
                  <a href={o.source.url} rel="noopener">
                    {o.source.title}
                  </a>
                  {!o.verified && <span className="unverified"> ({t('unverified')})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
