// What compression.mjs and paint-first.mjs both need to wrap a Node response before Next writes to
// it: read a header as one string, take a chunk as a Buffer, and decide once the headers are final.

/**
 * A response header as one string (joined if Next set a list), or undefined.
 * @param {import('node:http').ServerResponse} res
 * @param {string} name
 */
export function header(res, name) {
  const value = res.getHeader(name);
  return Array.isArray(value) ? value.join(', ') : value === undefined ? undefined : String(value);
}

/** @param {unknown} chunk @param {unknown} encoding */
export function toBuffer(chunk, encoding) {
  return Buffer.isBuffer(chunk)
    ? chunk
    : Buffer.from(
        /** @type {string} */ (chunk),
        typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8',
      );
}

/**
 * Runs `decide` when the headers are final and before any goes out: on `flushHeaders` (Next
 * flushes a streamed page's headers before its first chunk) and on `writeHead`, whose status and
 * headers are applied first. Writes must still call `decide` themselves.
 * @param {import('node:http').ServerResponse} res
 * @param {() => void} decide
 */
export function decideBeforeHeaders(res, decide) {
  const flushHeaders = res.flushHeaders.bind(res);
  res.flushHeaders = function () {
    decide();
    return flushHeaders();
  };
  const writeHead = res.writeHead.bind(res);
  res.writeHead = /** @type {typeof res.writeHead} */ (
    function (...args) {
      if (typeof args[0] === 'number') res.statusCode = args[0];
      const headers = typeof args[1] === 'object' ? args[1] : typeof args[2] === 'object' ? args[2] : undefined;
      if (headers && !Array.isArray(headers))
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      decide();
      return typeof args[1] === 'string' ? writeHead(res.statusCode, args[1]) : writeHead(res.statusCode);
    }
  );
}
