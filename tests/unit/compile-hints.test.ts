import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { addCompileHints, COMPILE_HINT } from '../../lib/build/compile-hints';

// A build's output as Next 16 writes it: the manifest names the chunks every page runs at start.
describe('addCompileHints', () => {
  let distDir: string;
  const chunk = (name: string) => path.join(distDir, 'static/chunks', name);
  const FRAMEWORK = ['static/chunks/react-dom.js', 'static/chunks/turbopack-runtime.js'];

  beforeEach(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'hints-'));
    await mkdir(path.join(distDir, 'static/chunks'), { recursive: true });
    for (const name of ['react-dom.js', 'turbopack-runtime.js', 'chart.js'])
      await writeFile(chunk(name), `(globalThis.TURBOPACK||[]).push(["${name}"]);\n`);
    await writeFile(
      path.join(distDir, 'build-manifest.json'),
      JSON.stringify({ polyfillFiles: ['static/chunks/polyfills.js'], rootMainFiles: FRAMEWORK }),
    );
  });
  afterEach(() => rm(distDir, { recursive: true, force: true }));

  it("puts V8's hint on the first line of the framework's chunks only", async () => {
    expect(await addCompileHints({ distDir })).toEqual(FRAMEWORK.map((file) => ({ file, added: true })));
    const text = await readFile(chunk('react-dom.js'), 'utf8');
    expect(text).toBe(`//# allFunctionsCalledOnLoad\n(globalThis.TURBOPACK||[]).push(["react-dom.js"]);\n`);
    expect(text.split('\n')[0]).toBe(COMPILE_HINT.trim());
    // A chunk loaded later (a chart library) keeps V8's lazy compilation.
    expect(await readFile(chunk('chart.js'), 'utf8')).not.toContain('allFunctionsCalledOnLoad');
  });

  it('adds it once, however often the build runs it', async () => {
    await addCompileHints({ distDir });
    expect(await addCompileHints({ distDir })).toEqual(FRAMEWORK.map((file) => ({ file, added: false })));
    const text = await readFile(chunk('turbopack-runtime.js'), 'utf8');
    expect(text.match(/allFunctionsCalledOnLoad/g)).toHaveLength(1);
  });

  it('fails the build with the manifest it could not use', async () => {
    await writeFile(path.join(distDir, 'build-manifest.json'), JSON.stringify({ pages: {} }));
    await expect(addCompileHints({ distDir })).rejects.toThrow(/build-manifest\.json has no rootMainFiles list/);
    await rm(path.join(distDir, 'build-manifest.json'));
    await expect(addCompileHints({ distDir })).rejects.toThrow(/cannot read .*build-manifest\.json/);
  });
});
