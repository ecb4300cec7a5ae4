import { z } from 'zod';

const isoDate = z.iso.date({ error: 'must be an ISO date like 2026-11-20' });

export const sourceSchema = z.object({
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }),
});

/** The frontmatter of every MDX file under content/. Its inferred type is the only frontmatter type. */
export const frontmatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    description: z.string().trim().min(50, 'must be at least 50 characters').max(200, 'must be at most 200 characters'),
    order: z.number().int().positive(),
    lastReviewed: isoDate,
    nextReview: isoDate,
    draft: z.boolean().default(false),
    sources: z.array(sourceSchema).min(1, 'must list at least one source'),
  })
  .strict()
  .refine((fm) => fm.nextReview > fm.lastReviewed, {
    path: ['nextReview'],
    message: 'must be after lastReviewed',
  });

export type Frontmatter = z.infer<typeof frontmatterSchema>;
