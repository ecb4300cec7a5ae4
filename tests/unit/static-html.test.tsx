// @vitest-environment jsdom
import { compile, run } from '@mdx-js/mdx';
import type { ComponentProps, ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';

import { rehypeHeadings } from '@/lib/content/plugins';
import { rehypeStaticHtml } from '@/lib/content/static-html';

// Prose of the kinds the guide has: emphasis, code, lists, a GFM table, headings, a component with
// Markdown inside, and links inside and outside the site.
const MDX = `
Compute networks rent **GPUs** by the hour; see the [tools](/tools) and the [glossary](/glossary#gpu).

### Burn & mint

- A *provider* earns \`AKT\` ([source](https://akash.network/docs "Akash docs"), [below](#notes)).
- Fees < rewards, "for now" — it's early.

| Network | Layer |
| :------ | ----: |
| Render  | compute |

<Callout>
Quoted in a component: [market](/market).
</Callout>
`;

// What mdxComponents does, synchronously: MdxLink's locale and rel, GuideTable's box.
const components = {
  a: ({ href = '', children, ...props }: ComponentProps<'a'>) =>
    href.startsWith('/') ? (
      <a href={`/ru${href.replace(/^\/(?=#|$)/, '')}`} {...props}>
        {children}
      </a>
    ) : (
      <a href={href} rel={href.startsWith('#') ? undefined : 'noopener'} {...props}>
        {children}
      </a>
    ),
  table: (props: ComponentProps<'table'>) => (
    <div className="table-scroll">
      <table className="data-table" {...props} />
    </div>
  ),
  Callout: ({ children }: { children: ReactNode }) => <aside className="callout">{children}</aside>,
};

async function render(withPass: boolean) {
  const code = await compile(MDX, {
    outputFormat: 'function-body',
    remarkPlugins: [remarkGfm],
    rehypePlugins: withPass
      ? [
          [rehypeHeadings, { prefix: 's' }],
          [rehypeStaticHtml, { locale: 'ru' }],
        ]
      : [[rehypeHeadings, { prefix: 's' }]],
  });
  const { default: Content } = await run(String(code), { ...runtime, baseUrl: import.meta.url });
  return { code: String(code), html: renderToStaticMarkup(<Content components={components} />) };
}

/** The document a browser builds from `html`, serialised again (so escaping differences vanish). */
function dom(html: string, dropNav = false) {
  const box = document.createElement('div');
  box.innerHTML = html;
  if (dropNav) box.querySelectorAll('[data-nav]').forEach((a) => a.removeAttribute('data-nav'));
  return box.innerHTML;
}

describe('rehypeStaticHtml', () => {
  it('gives readers and crawlers the same document as the React elements did', async () => {
    const [before, after] = await Promise.all([render(false), render(true)]);
    expect(dom(after.html, true)).toBe(dom(before.html));
  });

  it('sends each static block as one string, and keeps components as components', async () => {
    const { code } = await render(true);
    // Paragraph, heading, list, table body and head, and the paragraph inside the callout.
    expect(code.match(/dangerouslySetInnerHTML/g)).toHaveLength(6);
    expect(code).toMatch(/_jsxs?\(Callout,/);
    expect(code).toContain('_components.table');
    expect(code).not.toMatch(/_components\.a\b/);
  });

  it('localises links to our pages for client navigation, and marks external ones noopener', async () => {
    const box = document.createElement('div');
    box.innerHTML = (await render(true)).html;
    const links = [...box.querySelectorAll('a')].map((a) => [
      a.getAttribute('href'),
      a.hasAttribute('data-nav'),
      a.rel,
    ]);
    expect(links).toEqual([
      ['/ru/tools', true, ''],
      ['/ru/glossary#gpu', true, ''],
      ['https://akash.network/docs', false, 'noopener'],
      ['#notes', false, ''],
      ['/ru/market', true, ''],
    ]);
    expect(box.querySelector('h3')?.id).toBe('s-burn--mint');
  });
});
