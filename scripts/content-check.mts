// npm run content:check — errors fail (exit 1), warnings inform. npm run content:status — a table.
import { checkContent } from '../lib/content/check';

const status = process.argv.includes('--status');
const { findings, files } = await checkContent();

if (status) {
  const rows = files.map((f) => [
    `${f.kind}/${f.name}`,
    f.locale,
    String(f.words),
    f.frontmatter?.lastReviewed ?? '?',
    f.frontmatter?.nextReview ?? '?',
    f.frontmatter?.draft ? 'draft' : '',
  ]);
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!));
  const head = ['file', 'locale', 'words', 'lastReviewed', 'nextReview', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [head, ...rows])
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

for (const f of findings) console.log(`${f.file}:${f.line}: ${f.level}: ${f.message}`);
const errors = findings.filter((f) => f.level === 'error').length;
const warnings = findings.length - errors;
console.log(`content:check: ${files.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
