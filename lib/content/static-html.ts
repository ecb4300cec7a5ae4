import { toHtml } from 'hast-util-to-html';

import type { Locale } from '@/lib/i18n/routing';
import { localizedPath } from '@/lib/seo/urls';

// Prose as HTML strings (issue 19). Every element MDX renders becomes a React element in the RSC
// payload, which the browser decodes and hydrates node by node: the Russian guide was 1,644
// elements, and decoding and hydrating them were the longest tasks after the paint. Prose needs no
// React: this pass serialises each block whose subtree holds no component (a paragraph, a list, a
// table's body) and hands React one element with `dangerouslySetInnerHTML` instead of its children.
// The HTML a reader and a crawler get is the same; the payload carries one string per block.
//
// Links inside such a block do what MdxLink does: a link to one of our pages gets the locale
// (`/tools` -> `/ru/tools`) and `data-nav` (ProseLinks navigates those on the client, as Next's Link
// would), and an external link gets rel="noopener".

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: unknown[];
  children?: Node[];
  data?: Record<string, unknown>;
}

// Blocks whose children can become one string. Not <table> (GuideTable wraps it in its scrolling
// box), but its <thead> and <tbody>; not <a>, which is always inside one of these.
const BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'h2', 'h3', 'h4', 'h5', 'h6', 'thead', 'tbody', 'pre', 'dl']);
// The only properties a converted block may carry itself; anything else keeps it as React elements.
const OWN_PROPERTIES = new Set(['id', 'className']);

const isComponent = (node: Node) => node.type.startsWith('mdx');

function isStatic(node: Node): boolean {
  if (isComponent(node)) return false;
  return (node.children ?? []).every(isStatic);
}

// What MdxLink does for a link, and what MDX's JSX does for table cells (`align` is obsolete
// HTML: a style instead) and table rows (no whitespace text between cells).
function asReactWould(node: Node, locale: Locale) {
  if (node.type === 'element' && node.tagName === 'a') {
    const { href: raw, ...rest } = node.properties ?? {};
    const href = String(raw ?? '');
    if (href.startsWith('/') && !href.startsWith('//')) {
      const [path = '/', hash] = href.split('#');
      const localized = localizedPath(locale, path);
      node.properties = { href: hash ? `${localized}#${hash}` : localized, ...rest, dataNav: '' };
    } else if (href && !href.startsWith('#')) {
      node.properties = { href, rel: 'noopener', ...rest };
    }
  }
  if (node.type === 'element' && (node.tagName === 'th' || node.tagName === 'td') && node.properties?.align) {
    const { align, ...rest } = node.properties;
    node.properties = { ...rest, style: `text-align:${String(align)}` };
  }
  if (node.type === 'element' && ['thead', 'tbody', 'tr'].includes(node.tagName ?? ''))
    node.children = node.children?.filter(
      (child) => child.type !== 'text' || /\S/.test(String((child as { value?: string }).value)),
    );
  for (const child of node.children ?? []) asReactWould(child, locale);
}

/** A JSX element `<tag id=… className=… dangerouslySetInnerHTML={{ __html }} />` for MDX. */
function htmlElement(node: Node, html: string): Node {
  const attributes: unknown[] = [];
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null) continue;
    attributes.push({ type: 'mdxJsxAttribute', name, value: Array.isArray(value) ? value.join(' ') : String(value) });
  }
  const expression = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        key: { type: 'Identifier', name: '__html' },
        value: { type: 'Literal', value: html },
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
      },
    ],
  };
  attributes.push({
    type: 'mdxJsxAttribute',
    name: 'dangerouslySetInnerHTML',
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: '',
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] } },
    },
  });
  return { type: 'mdxJsxFlowElement', name: node.tagName, attributes, children: [] };
}

function convert(node: Node, locale: Locale): Node {
  if (
    node.type === 'element' &&
    BLOCKS.has(node.tagName ?? '') &&
    Object.keys(node.properties ?? {}).every((p) => OWN_PROPERTIES.has(p)) &&
    (node.children ?? []).length > 0 &&
    isStatic(node)
  ) {
    asReactWould(node, locale);
    return htmlElement(node, toHtml(node.children as never));
  }
  if (node.children) node.children = node.children.map((child) => convert(child, locale));
  return node;
}

/** The rehype plugin; run it last, after every pass that reads or marks the tree. */
export function rehypeStaticHtml(options: { locale: Locale }) {
  return (tree: Node) => {
    convert(tree, options.locale);
  };
}
