import { getLocale, getTranslations } from 'next-intl/server';

import { TableScroll } from '@/components/layout/table-scroll';
import type { NetworkSupply } from '@/lib/compute/contract';
import { formatAmount, formatShare } from '@/lib/format';

/** GPUs per network and per model: total, leased (total - available), available, utilization. */
export async function NetworkSupplyTable({ networks }: { networks: NetworkSupply[] }) {
  const [t, locale] = await Promise.all([getTranslations('Compute'), getLocale()]);
  const n = (v: number) => formatAmount(locale, v);
  const u = (v: number | null) => (v == null ? t('notStated') : formatShare(locale, v));
  return (
    <>
      {networks.map((network) => (
        <TableScroll key={network.network} label={t('supplyCaption', { network: network.network })}>
          <table className="data-table supply-table" data-network={network.network}>
            <caption>{t('supplyCaption', { network: network.network })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gpuModel')}</th>
                <th scope="col" className="num">
                  {t('gpusTotal')}
                </th>
                <th scope="col" className="num">
                  {t('gpusLeased')}
                </th>
                <th scope="col" className="num">
                  {t('gpusAvailable')}
                </th>
                <th scope="col" className="num">
                  {t('utilization')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr className="supply-total" data-testid="supply-total">
                <th scope="row">{t('allModels')}</th>
                <td className="num">{n(network.gpusTotal)}</td>
                <td className="num">{n(network.gpusTotal - network.gpusAvailable)}</td>
                <td className="num">{n(network.gpusAvailable)}</td>
                <td className="num">{u(network.utilization)}</td>
              </tr>
              {network.models.map((m) => (
                <tr key={m.label} data-gpu={m.gpu ?? undefined}>
                  <th scope="row">{m.label}</th>
                  <td className="num">{n(m.gpusTotal)}</td>
                  <td className="num">{n(m.gpusTotal - m.gpusAvailable)}</td>
                  <td className="num">{n(m.gpusAvailable)}</td>
                  <td className="num">{u(m.utilization)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </>
  );
}
