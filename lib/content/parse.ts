import { parseDocument } from 'yaml';

import { type Frontmatter, frontmatterSchema } from './schema';

// Pure parsing shared by the site and `npm run content:check`: no Next, no React.

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string | null,
    readonly problem: string,
    /** How the message names `field`: frontmatter of MDX files, fields of YAML data files. */
    fieldLabel: 'frontmatter field' | 'field' = 'frontmatter field',
  ) {
    super(`${file}:${line}: ${field ? `${fieldLabel} "${field}" ` : ''}${problem}`);
    this.name = 'ContentError';
  }
}

export interface ParsedFile {
  frontmatter: Frontmatter;
  body: string;
  /** 1-based line of the body's first line in the file, for messages. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The frontmatter block's YAML and the body after it, or null when the file has no block. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = FENCE.exec(source);
  if (!match) return null;
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  return { yaml: match[1] ?? '', body: source.slice(match[0].length), bodyLine };
}

/** Splits and validates a content file; throws a ContentError naming file, line and field. */
export function parseContentFile(file: string, source: string): ParsedFile {
  const split = splitFrontmatter(source);
  if (!split) throw new ContentError(file, 1, null, 'has no frontmatter block (--- ... ---) at the top');
  const yamlText = split.yaml;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const line = (first.linePos?.[0]?.line ?? 0) + 1;
    throw new ContentError(file, line, null, `frontmatter is not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const result = frontmatterSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.length > 0 ? issue.path.join('.') : null;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : null;
    const line = fieldLine(yamlText, String(issue.path[0] ?? unknown?.split(', ')[0] ?? ''));
    if (unknown) throw new ContentError(file, line, unknown, 'is not a known field');
    throw new ContentError(file, line, field, missing ? 'is required' : issue.message);
  }
  return { frontmatter: result.data, body: split.body, bodyLine: split.bodyLine };
}

function fieldLine(yamlText: string, key: string): number {
  const lines = yamlText.split('\n');
  const index = key ? lines.findIndex((l) => l.startsWith(`${key}:`)) : -1;
  // +2: the opening fence is line 1 of the file.
  return index >= 0 ? index + 2 : 1;
}
