import { z } from 'zod';

import { sourceSchema } from './schema';
import { parseYamlData } from './yaml-data';

// The glossary of one locale: content/<locale>/glossary.yaml. Pure (no Next, no React): the site,
// the guide's term-linking plugin and `npm run content:check` all read it through here.

const isoDate = z.iso.date({ error: 'must be an ISO date like 2026-12-01' });

/**
 * A phrase as editors write it in `forms` and `rulesOut`: words separated by spaces; a `*` at the
 * end of a word stands for any ending, so one stem covers an inflected language
 * ("сжигани* и выпуск*" matches "сжигания и выпуска" and "сжиганием и выпуском").
 */
const phrase = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .refine((p) => !/\*\S/.test(p) && !p.startsWith('*'), { message: 'may use * only at the end of a word' });

export const glossaryTermSchema = z
  .object({
    /** The anchor (`/glossary#<id>`), the same in every locale. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "take-rate"'),
    /** The preferred term in this language. */
    term: z.string().trim().min(1, 'must not be empty'),
    definition: z.string().trim().min(40, 'must be at least 40 characters').max(500, 'must be at most 500 characters'),
    /** How the term appears in running text; the guide links the first of these per section. Default: the term. */
    forms: z.array(phrase).min(1).optional(),
    /**
     * Variants this locale does not use for the concept; content:check warns where they appear and
     * names `use` (when the variant stands for part of the term: "quema y emisión" -> "quema y
     * acuñación") or else the term.
     */
    rulesOut: z
      .array(
        z.union([
          phrase.transform((variant) => ({ variant, use: null as string | null })),
          z.object({ variant: phrase, use: z.string().trim().min(1) }).strict(),
        ]),
      )
      .default([]),
    source: sourceSchema.strict().optional(),
  })
  .strict();

export const glossarySchema = z
  .object({
    lastReviewed: isoDate,
    nextReview: isoDate,
    terms: z.array(glossaryTermSchema).min(25, 'must define at least 25 terms'),
  })
  .strict()
  .refine((g) => g.nextReview > g.lastReviewed, { path: ['nextReview'], message: 'must be after lastReviewed' })
  .superRefine((g, ctx) => {
    const seen = new Set<string>();
    g.terms.forEach((term, index) => {
      if (seen.has(term.id))
        ctx.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `repeats the id "${term.id}"` });
      seen.add(term.id);
    });
  });

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export function parseGlossary(file: string, source: string): Glossary {
  return parseYamlData(file, source, glossarySchema);
}

const LETTER = '\\p{L}\\p{N}_';

/**
 * A phrase as a regular expression: whole words only, any whitespace between words, `*` as any
 * word ending. Case is ignored unless the phrase is written like an acronym (DePIN, FDV, GPU-hour),
 * where case carries meaning.
 */
export function phraseRegExp(phrase: string, flags = 'g'): RegExp {
  const body = phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const stem = word.endsWith('*');
      const escaped = (stem ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
      return stem ? `${escaped}[\\p{L}\\p{N}]*` : escaped;
    })
    .join('\\s+');
  const acronym = /\p{Lu}.*\p{Lu}/u.test(phrase.replace(/^\p{Lu}/u, '')) || /^\p{Lu}{2}/u.test(phrase);
  // A hyphen before a word joins a compound ("нетто-эмиссия" is not "эмиссия"); one after it
  // does not ("DePIN-сети" is a use of DePIN).
  return new RegExp(`(?<![${LETTER}-])${body}(?![${LETTER}])`, `${flags}u${acronym ? '' : 'i'}`);
}

/** The forms the guide links for a term (its `forms`, else the term itself). */
export function termForms(term: GlossaryTerm): string[] {
  return term.forms ?? [term.term];
}
