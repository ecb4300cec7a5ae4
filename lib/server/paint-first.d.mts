// Types for paint-first.mjs, which server.mjs runs in plain Node (no TypeScript step).
import type { IncomingMessage, ServerResponse } from 'node:http';

export const PAYLOAD_PREFIX: string;

export function loaderScript(srcs: string[], payload?: string): string;

export class PaintFirst {
  constructor(options?: { payload?: string });
  readonly srcs: string[];
  push(text: string): string;
  end(): string;
}

export function rewriteDocument(
  html: string,
  from?: string,
): { html: string; payload?: { hash: string; body: string } };

export class PaintCache {
  constructor(maxBytes: number);
  readonly bytes: number;
  readonly pages: Map<string, { html: Buffer; hash?: string }>;
  readonly payloads: Map<string, Buffer>;
  page(key: string): Buffer | undefined;
  payload(hash: string): Buffer | undefined;
  set(key: string, html: Buffer, payload?: { hash: string; body: Buffer }): void;
}

export function paintFirst(req: IncomingMessage, res: ServerResponse, cache?: PaintCache): void;

export function servePayload(
  req: IncomingMessage,
  res: ServerResponse,
  cache: PaintCache,
  refill: (path: string) => Promise<void>,
): Promise<void>;
