import { TOKENS } from '@/lib/market/registry';

// The one list of the site's pages (locale-free paths). The sitemap, the content check's link
// rule and the feed read it; a page added to the app is added here.
export const PAGE_PATHS: readonly string[] = [
  '/',
  '/market',
  '/compute',
  '/tools',
  '/glossary',
  '/updates',
  ...TOKENS.map((t) => `/tokens/${t.slug}`),
];

export function isPagePath(path: string): boolean {
  return PAGE_PATHS.includes(path);
}
