// Types for paint-first.mjs, which server.mjs runs in plain Node (no TypeScript step).
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { CompressedCache } from './compression.mjs';

export function loaderScript(srcs: string[]): string;

export class PaintFirst {
  readonly srcs: string[];
  push(text: string): string;
  end(): string;
}

export function paintFirst(req: IncomingMessage, res: ServerResponse, cache?: CompressedCache): void;
