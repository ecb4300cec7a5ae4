import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

// Small unified plugins: heading ids for the table of contents and the FAQ's questions and
// answers for structured data. Results go to `file.data`.

export interface Heading {
  id: string;
  text: string;
  depth: number;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

function hastText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(hastText).join('');
}

/** Gives h3/h4 ids unique within the page (prefixed by the section) and records them. */
export function rehypeHeadings(options: { prefix: string }) {
  return (tree: HastNode, file: { data: Record<string, unknown> }) => {
    const slugger = new GithubSlugger();
    const headings: Heading[] = [];
    visit(tree as never, 'element', (node: HastNode) => {
      const depth = node.tagName && /^h[3-6]$/.test(node.tagName) ? Number(node.tagName[1]) : 0;
      if (!depth) return;
      const text = hastText(node).trim();
      const id = `${options.prefix}-${slugger.slug(text)}`;
      node.properties = { ...node.properties, id };
      headings.push({ id, text, depth });
    });
    file.data.headings = headings;
  };
}

interface MdxJsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: unknown[];
}

/** Collects `<FaqItem question="…">answer</FaqItem>` pairs as plain text. */
export function remarkFaq() {
  return (tree: unknown, file: { data: Record<string, unknown> }) => {
    const faq: FaqEntry[] = [];
    visit(tree as never, (node: MdxJsxNode) => {
      if (node.type !== 'mdxJsxFlowElement' || node.name !== 'FaqItem') return;
      const question = node.attributes?.find((a) => a.name === 'question')?.value;
      if (typeof question !== 'string') return;
      faq.push({
        question,
        answer: toString(node as never)
          .replace(/\s+/g, ' ')
          .trim(),
      });
    });
    file.data.faq = faq;
  };
}
