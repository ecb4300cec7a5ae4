'use client';

import { useMemo, useState } from 'react';

import { type MarketSort, sortByValue, type SortDirection, type SortKey } from '@/lib/market/sort';

import { useHydrated } from '../layout/use-hydrated';

export interface SortableColumn {
  label: string;
  /** Numeric columns sort; the others (token, layer, trend) do not. */
  sortKey?: SortKey;
  numeric?: boolean;
}

export interface SortableRow {
  id: string;
  values: Partial<Record<SortKey, number | null>>;
  /** The row's cells as HTML, rendered on the server (lib/render/static-markup.ts). */
  html: string;
}

interface Props {
  caption: string;
  columns: SortableColumn[];
  /** Already in the initial order, so the server's HTML is sorted without JavaScript. */
  rows: SortableRow[];
  initial: MarketSort;
  /** Per key and direction: the URL of that order (`/ru/market?sort=price-asc`) and its announcement. */
  orders: Record<SortKey, Record<SortDirection, { href: string; announcement: string }>>;
}

// Without JavaScript each sortable header is a link to the sorted page (a statically regenerated
// variant, see next.config.ts); once hydrated it becomes a button that sorts in place and says so.
export function SortableTable({ caption, columns, rows, initial, orders }: Props) {
  const [sort, setSort] = useState(initial);
  const enhanced = useHydrated();
  const [announcement, setAnnouncement] = useState('');

  const ordered = useMemo(() => sortByValue(rows, (row) => row.values[sort.key] ?? null, sort.dir), [rows, sort]);

  function sortBy(key: SortKey) {
    const next: MarketSort = { key, dir: key === sort.key && sort.dir === 'desc' ? 'asc' : 'desc' };
    setSort(next);
    setAnnouncement(orders[key][next.dir].announcement);
    window.history.replaceState(window.history.state, '', orders[key][next.dir].href);
  }

  return (
    <>
      <table className="data-table token-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => {
              const key = column.sortKey;
              const active = key === sort.key;
              const nextDir: SortDirection = active && sort.dir === 'desc' ? 'asc' : 'desc';
              return (
                <th
                  key={key ?? `col-${i}`}
                  scope="col"
                  className={column.numeric ? 'num' : undefined}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {!key ? (
                    column.label
                  ) : enhanced ? (
                    <button type="button" className="sort-control" onClick={() => sortBy(key)}>
                      {column.label}
                      <SortMark active={active} dir={sort.dir} />
                    </button>
                  ) : (
                    <a className="sort-control" href={orders[key][nextDir].href} rel="nofollow">
                      {column.label}
                      <SortMark active={active} dir={sort.dir} />
                    </a>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={row.id} data-token={row.id} dangerouslySetInnerHTML={{ __html: row.html }} />
          ))}
        </tbody>
      </table>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

function SortMark({ active, dir }: { active: boolean; dir: SortDirection }) {
  return (
    <span className="sort-mark" aria-hidden="true">
      {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
    </span>
  );
}
