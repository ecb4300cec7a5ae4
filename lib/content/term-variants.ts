import { type GlossaryTerm, phraseRegExp, termForms } from './glossary';

// One term per concept: where a content file uses a variant its locale's glossary rules out
// ("quema y emisión"), say so at the line and name the preferred term ("quema y acuñación").

export interface VariantUse {
  line: number;
  found: string;
  /** What to write instead. */
  preferred: string;
  term: GlossaryTerm;
}

/**
 * Blanks what is not prose, keeping every offset (so lines stay right): link targets and bare
 * URLs, inline and fenced code, and the frontmatter `sources` list (source titles are quoted
 * as their publishers wrote them).
 */
export function proseOnly(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(
      /^(---\r?\n[\s\S]*?)(^sources:[\s\S]*?)(?=^---)/m,
      (_, head: string, sources: string) => head + blank(sources),
    )
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/https?:\/\/[^\s)"'>]+/g, blank)
    .replace(/\b(?:href|url|slug|link)=?:?\s*"[^"]*"/g, blank);
}

/** Every use of a ruled-out variant in `source`, in order. */
export function findVariants(source: string, terms: readonly GlossaryTerm[]): VariantUse[] {
  const prose = proseOnly(source);
  const uses: VariantUse[] = [];
  for (const term of terms) {
    for (const { variant, use } of term.rulesOut) {
      for (const m of prose.matchAll(phraseRegExp(variant))) {
        const line = prose.slice(0, m.index).split('\n').length;
        uses.push({ line, found: m[0].replace(/\s+/g, ' '), preferred: use ?? term.term, term });
      }
    }
  }
  return uses.sort((a, b) => a.line - b.line);
}

/** The message content:check prints for one use. */
export function variantMessage(use: VariantUse): string {
  return `uses "${use.found}", a variant the glossary rules out: write "${use.preferred}" (glossary#${use.term.id})`;
}

/** A glossary that rules out its own preferred wording contradicts itself: which term and variant. */
export function selfContradictions(terms: readonly GlossaryTerm[]): Array<{ term: GlossaryTerm; variant: string }> {
  const found: Array<{ term: GlossaryTerm; variant: string }> = [];
  for (const term of terms) {
    for (const { variant } of term.rulesOut) {
      const pattern = phraseRegExp(variant, '');
      if ([term.term, ...termForms(term)].some((form) => pattern.test(form.replace(/\*/g, ''))))
        found.push({ term, variant });
    }
  }
  return found;
}
