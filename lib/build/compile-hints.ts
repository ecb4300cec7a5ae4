// V8's explicit compile hint on the framework's chunks (issue 19), run by `next build` after it has
// compiled (next.config.ts: `compiler.runAfterProductionCompile`).
//
// V8 compiles a script's functions lazily: the script is pre-parsed as it streams in, on a
// background thread, and each function is parsed again and compiled on the main thread the first
// time it is called. Next's bootstrap calls most of React DOM and of Next's client in one task, so
// that task was mostly compilation: traced on /ru/market, 81-85 ms, of which V8.ParseFunction and
// V8.CompileCode were the bulk. A script whose first line is the magic comment
// `//# allFunctionsCalledOnLoad` (Chrome 136 and later) has all its functions compiled as it
// streams in, off the main thread, so the bootstrap only runs them. Other browsers read a comment.
//
// Only the chunks every page runs at start get it: the build manifest's `rootMainFiles` (Turbopack's
// runtime, React, React DOM, Next's client). Their functions are largely called during hydration;
// the chunks loaded later (a chart library, a page's own components) keep V8's lazy default, where
// compiling every function would cost memory for code that may never run.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export type HintedChunk = { file: string; added: boolean };

/**
 * Prepends the compile hint to the build's framework chunks (`distDir`/build-manifest.json's
 * `rootMainFiles`), once: a chunk that already starts with it is left as it is.
 */
export async function addCompileHints({ distDir }: { distDir: string }): Promise<HintedChunk[]> {
  const manifestPath = path.join(distDir, 'build-manifest.json');
  let files: unknown;
  try {
    files = (JSON.parse(await readFile(manifestPath, 'utf8')) as { rootMainFiles?: unknown }).rootMainFiles;
  } catch (error) {
    throw new Error(`compile hints: cannot read ${manifestPath}: ${(error as Error).message}`);
  }
  if (!Array.isArray(files) || !files.every((file) => typeof file === 'string'))
    throw new Error(`compile hints: ${manifestPath} has no rootMainFiles list (has Next changed its manifest?)`);
  const hinted: HintedChunk[] = [];
  for (const file of files.filter((name: string) => name.endsWith('.js'))) {
    const chunk = path.join(distDir, file);
    const text = await readFile(chunk, 'utf8');
    const added = !text.startsWith(COMPILE_HINT);
    if (added) await writeFile(chunk, COMPILE_HINT + text);
    hinted.push({ file, added });
  }
  return hinted;
}
