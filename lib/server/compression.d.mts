// Types for compression.mjs, which server.mjs runs in plain Node (no TypeScript step).
import type { IncomingMessage, ServerResponse } from 'node:http';

export function negotiate(header: string | undefined): 'br' | 'gzip' | undefined;

export class CompressedCache {
  constructor(maxBytes: number);
  readonly maxBytes: number;
  bytes: number;
  readonly entries: Map<string, Buffer>;
  get(key: string): Buffer | undefined;
  set(key: string, body: Buffer): void;
  wants(key: string): boolean;
  fill(key: string, encoding: 'br' | 'gzip', raw: Buffer, done?: () => void): void;
}

export function compressResponse(req: IncomingMessage, res: ServerResponse, cache: CompressedCache): void;
