import { createElement as h, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { staticMarkup } from '../../lib/render/static-markup';

// The shapes of the market table's cells: a link, a ticker, a figure with its source and date, an SVG
// line, a badge, text with every character HTML escapes.
function Cell({ children }: { children: ReactNode }) {
  return h('td', { className: 'num', 'data-figure': 'revenue30dUsd' }, children);
}
const row = h(
  Fragment,
  null,
  h(
    'th',
    { scope: 'row' },
    h('a', { href: '/ru/tokens/render', 'data-nav': '' }, 'Render'),
    ' ',
    h('span', { className: 'ticker' }, 'RENDER'),
  ),
  h(Cell, null, '1,98 $', h('small', { className: 'quote-meta' }, h('time', { dateTime: '2026-10-04' }, '4 окт.'))),
  h('td', null, [h('data', { key: 'a', value: 1.5 }, '1.5×'), null, false, h('br', { key: 'b' })]),
  h('td', null, 'R&D <"fees"> it\'s'),
  h(
    'td',
    null,
    h(
      'svg',
      { className: 'sparkline', width: 112, height: 32, viewBox: '0 0 112 32', role: 'img', 'aria-label': 'up +2%' },
      h('polyline', { points: '0,1 2,3', fill: 'none', strokeWidth: '1.5', strokeLinejoin: 'round' }),
    ),
  ),
  h('td', { hidden: true, title: undefined, dangerouslySetInnerHTML: { __html: '<b>kept</b>' } }),
);

describe('staticMarkup', () => {
  it('writes what React writes for a tree of plain elements and components', async () => {
    expect(await staticMarkup(row)).toBe(renderToStaticMarkup(row));
  });

  it('renders async server components, as the page does', async () => {
    async function Badge({ label }: { label: string }) {
      await Promise.resolve();
      return h('span', { className: 'badge' }, label);
    }
    expect(await staticMarkup(h('td', null, h(Badge, { label: 'live' })))).toBe(
      '<td><span class="badge">live</span></td>',
    );
  });

  it('refuses what it cannot write as React would, rather than writing something else', async () => {
    await expect(staticMarkup(h('button', { onClick: () => {} }, 'x'))).rejects.toThrow(/onClick/);
    await expect(staticMarkup(h('span', { style: { color: 'red' } }, 'x'))).rejects.toThrow(/style/);
    await expect(staticMarkup(h('input', { autoComplete: 'off' }))).rejects.toThrow(/autoComplete/);
    const clientReference = { $$typeof: Symbol.for('react.client.reference') } as unknown as string;
    await expect(staticMarkup(h(clientReference, null))).rejects.toThrow(/client component/);
  });
});
