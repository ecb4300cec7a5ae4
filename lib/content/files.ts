import { readdir } from 'node:fs/promises';
import path from 'node:path';

// File listing and slug rules of content/, shared by the site and `npm run content:check`.

/** The `.mdx` files of a folder, sorted; none when the folder does not exist. */
export async function listMdx(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
}

/** `content/en/guide/03-compute.mdx` → `compute`: the section's anchor and heading-id prefix. */
export function contentSlug(file: string): string {
  return path.basename(file, '.mdx').replace(/^\d+-/, '');
}
