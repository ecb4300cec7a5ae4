import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { type Glossary, parseGlossary } from './glossary';
import { parseUpdates, sortEntries, type UpdateEntry, type UpdatesFile } from './updates';

// Where the YAML content lives, read by the site (through lib/content), the sitemap and the check.

export const glossaryFile = (root: string, locale: string) => path.join(root, locale, 'glossary.yaml');
export const updatesDir = (root: string, locale: string) => path.join(root, locale, 'updates');

/** The quarter files of a locale's updates, oldest first (`2026-q4.yaml`). */
export async function updateFileNames(root: string, locale: string): Promise<string[]> {
  try {
    return (await readdir(updatesDir(root, locale))).filter((f) => /^\d{4}-q[1-4]\.yaml$/.test(f)).sort();
  } catch {
    return [];
  }
}

/** A locale's glossary; throws a ContentError (file:line, field) when it is invalid. */
export async function readGlossary(root: string, locale: string): Promise<Glossary> {
  const file = glossaryFile(root, locale);
  return parseGlossary(path.relative(process.cwd(), file), await readFile(file, 'utf8'));
}

export async function readUpdateFiles(root: string, locale: string): Promise<UpdatesFile[]> {
  const names = await updateFileNames(root, locale);
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(updatesDir(root, locale), name);
      return parseUpdates(path.relative(process.cwd(), file), await readFile(file, 'utf8'));
    }),
  );
}

/** Every update entry of a locale, newest first. */
export async function readUpdates(root: string, locale: string): Promise<UpdateEntry[]> {
  return sortEntries(await readUpdateFiles(root, locale));
}
