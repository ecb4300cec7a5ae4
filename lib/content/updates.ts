import { z } from 'zod';

import { parseYamlData } from './yaml-data';

// What changed in a quarterly review, for readers: content/<locale>/updates/<yyyy>-q<n>.yaml.
// Pure: the updates page, the Atom feed, the sitemap and `npm run content:check` read it here.

const isoDate = z.iso.date({ error: 'must be an ISO date like 2026-12-01' });

export const updateEntrySchema = z
  .object({
    /** The entry's anchor on the updates page and part of its feed id: never change it once published. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "helium-hip-149"'),
    date: isoDate,
    /** One line: the fact that changed. */
    text: z.string().trim().min(20, 'must be at least 20 characters').max(300, 'must be at most 300 characters'),
    /** Where the change is, without locale: `/#key-projects`, `/tokens/helium`, `/tools`. */
    link: z.string().regex(/^\/[^\s]*$/, 'must be a site path like "/tokens/helium" or "/#tokenomics"'),
  })
  .strict();

export const updatesFileSchema = z
  .object({
    /** `2026-Q4`: the review these entries belong to; each entry's date falls in it. */
    quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'must look like "2026-Q4"'),
    entries: z.array(updateEntrySchema).min(1, 'must list at least one entry'),
  })
  .strict()
  .superRefine((file, ctx) => {
    const [year, q] = file.quarter.split('-Q').map(Number) as [number, number];
    const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    const to = `${year}-${String(q * 3).padStart(2, '0')}-31`;
    const seen = new Set<string>();
    file.entries.forEach((entry, index) => {
      if (entry.date < from || entry.date > to) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', index, 'date'],
          message: `is outside ${file.quarter} (${from} to ${to})`,
        });
      }
      if (seen.has(entry.id))
        ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `repeats the id "${entry.id}"` });
      seen.add(entry.id);
    });
  });

export type UpdatesFile = z.infer<typeof updatesFileSchema>;
export type UpdateEntry = z.infer<typeof updateEntrySchema> & { quarter: string };

export function parseUpdates(file: string, source: string): UpdatesFile {
  return parseYamlData(file, source, updatesFileSchema);
}

/** Entries of several quarter files, newest first (same day: the order editors wrote them). */
export function sortEntries(files: UpdatesFile[]): UpdateEntry[] {
  const all = files.flatMap((f) => f.entries.map((e, order) => ({ ...e, quarter: f.quarter, order })));
  return all
    .sort((a, b) => b.date.localeCompare(a.date) || b.quarter.localeCompare(a.quarter) || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}
