import { type GlossaryTerm, phraseRegExp, termForms } from './glossary';

// remark plugin: the first use of each glossary term in a section becomes a link to its entry on
// the glossary page. One compile is one section, so "first" is per section. The link is written
// without the locale (`/glossary#fdv`), like every content link; MdxLink adds the reader's.

interface MdastNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdastNode[];
  data?: Record<string, unknown>;
}

// Never inside these: a heading is not a place for a link, a link cannot hold another, code is
// literal, and expressions/ESM are code too. Component props are attributes, not children, so
// they are never visited; a component's children (a Callout's text) are prose and are.
const SKIP = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'inlineCode',
  'code',
  'html',
  'image',
  'imageReference',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

interface Matcher {
  id: string;
  pattern: RegExp;
}

export interface GlossaryLinkOptions {
  terms: readonly GlossaryTerm[];
  /** Where the glossary lives, without locale. */
  path?: string;
}

function firstMatch(text: string, matchers: Matcher[], linked: Set<string>) {
  let best: { id: string; index: number; length: number } | null = null;
  for (const { id, pattern } of matchers) {
    if (linked.has(id)) continue;
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (!m) continue;
    // Earliest wins; at the same place the longer phrase ("burn-and-mint equilibrium" over "burn").
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
      best = { id, index: m.index, length: m[0].length };
    }
  }
  return best;
}

/** Splits one text node into text and links for terms not linked yet in this section. */
function linkText(value: string, matchers: Matcher[], linked: Set<string>, base: string): MdastNode[] | null {
  const out: MdastNode[] = [];
  let rest = value;
  for (let found = firstMatch(rest, matchers, linked); found; found = firstMatch(rest, matchers, linked)) {
    linked.add(found.id);
    if (found.index > 0) out.push({ type: 'text', value: rest.slice(0, found.index) });
    out.push({
      type: 'link',
      url: `${base}#${found.id}`,
      children: [{ type: 'text', value: rest.slice(found.index, found.index + found.length) }],
      data: { hProperties: { className: ['glossary-link'] } },
    });
    rest = rest.slice(found.index + found.length);
  }
  if (out.length === 0) return null;
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

export function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const base = options.path ?? '/glossary';
  const matchers: Matcher[] = options.terms.flatMap((term) =>
    termForms(term).map((form) => ({ id: term.id, pattern: phraseRegExp(form) })),
  );
  return (tree: MdastNode) => {
    const linked = new Set<string>();
    const walk = (node: MdastNode) => {
      if (!node.children) return;
      const children: MdastNode[] = [];
      for (const child of node.children) {
        if (child.type === 'text' && child.value) {
          children.push(...(linkText(child.value, matchers, linked, base) ?? [child]));
        } else {
          if (!SKIP.has(child.type)) walk(child);
          children.push(child);
        }
      }
      node.children = children;
    };
    walk(tree);
  };
}
