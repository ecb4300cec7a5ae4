import { Fragment, isValidElement, type ReactNode } from 'react';

// Server-rendered markup as an HTML string, for a part of a page that React need not hydrate (issue
// 19). Every element a server component returns is an element in the RSC payload, which the browser
// decodes, hydrates and commits one by one; a block sent as one string with `dangerouslySetInnerHTML`
// is one element. The prose does this at compile time (lib/content/static-html.ts); this does it for
// a tree of server components and plain elements, such as the market table's rows.
//
// `react-dom/server` cannot run in React Server Components, so this renders the small subset those
// trees use: plain HTML and SVG elements, fragments, arrays and (async) server components. Anything
// else throws rather than write markup React would not have: a client component, a style object, an
// event handler, an attribute name it does not know how to spell in HTML.

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// React prop names whose HTML or SVG attribute is spelled otherwise.
const ATTRIBUTES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  strokeWidth: 'stroke-width',
  strokeLinejoin: 'stroke-linejoin',
  strokeLinecap: 'stroke-linecap',
  strokeDasharray: 'stroke-dasharray',
  fillOpacity: 'fill-opacity',
  textAnchor: 'text-anchor',
};
// Names React writes as they are: SVG's own camel case, and HTML attributes (case does not matter).
const VERBATIM = new Set(['viewBox', 'preserveAspectRatio', 'dateTime', 'colSpan', 'rowSpan', 'tabIndex']);

// As React escapes text and attribute values.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function attributeName(prop: string): string {
  if (prop in ATTRIBUTES) return ATTRIBUTES[prop]!;
  if (/^(aria|data)-[a-z0-9-]+$/.test(prop) || /^[a-z]+$/.test(prop) || VERBATIM.has(prop)) return prop;
  throw new Error(`static markup: no HTML spelling known for the prop "${prop}"`);
}

function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [prop, value] of Object.entries(props)) {
    if (prop === 'children' || prop === 'dangerouslySetInnerHTML' || value == null || value === false) continue;
    if (typeof value === 'function' || typeof value === 'object') {
      throw new Error(`static markup: the prop "${prop}" is not text (an event handler or a style object?)`);
    }
    const name = attributeName(prop);
    out += value === true ? ` ${name}=""` : ` ${name}="${escape(String(value))}"`;
  }
  return out;
}

/** The HTML React would write for `node`, a tree of server components and plain elements. */
export async function staticMarkup(node: ReactNode): Promise<string> {
  if (node == null || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escape(String(node));
  if (Array.isArray(node)) return (await Promise.all(node.map((child) => staticMarkup(child as ReactNode)))).join('');
  if (node instanceof Promise) return staticMarkup(await node);
  if (!isValidElement(node)) throw new Error('static markup: not an element, text or array');
  const { type } = node;
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (type === Fragment) return staticMarkup(props.children);
  if (typeof type === 'function') {
    // A server component; a client component is a reference here, not a function.
    return staticMarkup(await (type as (p: unknown) => ReactNode | Promise<ReactNode>)(props));
  }
  if (typeof type !== 'string') throw new Error('static markup: a client component or other non-HTML element');
  if (VOID.has(type)) return `<${type}${attributes(props)}/>`;
  const open = `<${type}${attributes(props)}>`;
  const inner = props.dangerouslySetInnerHTML as { __html?: string } | undefined;
  return `${open}${inner ? String(inner.__html ?? '') : await staticMarkup(props.children)}</${type}>`;
}
