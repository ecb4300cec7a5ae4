import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

import { ContentError } from './parse';

// Typed YAML data files under content/ (the glossary, the updates): parsed with the `yaml`
// document API so a schema error names the file, the line of the offending value and the field.

/** Parses `source` with `schema`; throws a ContentError at the line of the first problem. */
export function parseYamlData<S extends z.ZodType>(file: string, source: string, schema: S): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new ContentError(
      file,
      first.linePos?.[0]?.line ?? 1,
      null,
      `is not valid YAML: ${first.message.split('\n')[0]}`,
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : null;
  const unknown = keys ? keys.join(', ') : null;
  const path = keys ? [...issue.path, keys[0]!] : issue.path;
  const line = lineOf(doc, lineCounter, path as Array<string | number>);
  const field = (unknown ? [...issue.path, unknown] : issue.path).join('.') || null;
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  throw new ContentError(
    file,
    line,
    field,
    unknown ? 'is not a known field' : missing ? 'is required' : issue.message,
    'field',
  );
}

/** The line of the deepest node on `path` that exists (a missing field: its parent's line). */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: Array<string | number>): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) {
      // For a key whose value exists, prefer the key's own line (the value may start on the next).
      return counter.linePos(node.range[0]).line;
    }
  }
  return 1;
}
