/**
 * The fetch every provider SDK is given. It adds what the SDKs do not guarantee:
 * - never follows a redirect: fetch drops `Authorization` on a cross-origin redirect, but not the
 *   `x-api-key` / `x-goog-api-key` headers Anthropic and Gemini use, so following one could hand the
 *   key to another host. A redirect is returned as-is and reported as a provider problem.
 * - caps the size of an answer (a model list is far below it), so a hostile or broken endpoint
 *   cannot make the app buffer hundreds of megabytes.
 * How many requests are in flight is the runner's business: it caps key tests per provider.
 */

/** A Gemini list of 1,000 models is about 1 MB. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

export class ResponseTooLarge extends Error {
  constructor() {
    super('The answer was larger than any model list.');
    this.name = 'ResponseTooLarge';
  }
}

/**
 * A redirect was refused, on either transport: Node's fetch answers a 3xx as a response, while
 * Electron's net.fetch (the app's transport) rejects with "Redirect was cancelled" under
 * `redirect: 'manual'`. Both become this error, so both are diagnosed as a redirect.
 */
export class RedirectRefused extends Error {
  constructor(readonly status?: number) {
    super('The address answered with a redirect.');
    this.name = 'RedirectRefused';
  }
}

/** net.fetch's wording (electron lib/browser/api/net-client-request.ts) for a redirect not followed. */
const isCancelledRedirect = (error: unknown) => error instanceof Error && error.message === 'Redirect was cancelled';

/**
 * The body read whole, refused past `maxBytes`. Every SDK call here reads its answer whole anyway; one read
 * loop costs the main process far less than piping the stream through a counting TransformStream.
 */
async function readBounded(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let seen = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    seen += value.byteLength;
    if (seen > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ResponseTooLarge();
    }
    chunks.push(value);
  }
}

export function guardedFetch(base: typeof fetch, maxBytes = MAX_RESPONSE_BYTES): typeof fetch {
  return (input, init) =>
    (async () => {
      init?.signal?.throwIfAborted();
      const response = await base(input, { ...init, redirect: 'manual' }).catch((error: unknown) => {
        throw isCancelledRedirect(error) ? new RedirectRefused() : error;
      });
      if ((response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect') {
        await response.body?.cancel();
        throw new RedirectRefused(response.status || undefined);
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new ResponseTooLarge();
      }
      // The HTTP client never delivers more than a declared length, so only a body of unknown length, or
      // one it decompresses (a small gzip can unpack to gigabytes), is counted as it arrives — before the
      // SDK sees the answer, so its timeout covers the reading too.
      const encoding = response.headers.get('content-encoding') ?? 'identity';
      if (!response.body || (response.headers.has('content-length') && encoding === 'identity')) return response;
      const body = await readBounded(response.body, maxBytes);
      return new Response(body as Uint8Array<ArrayBuffer>, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    })();
}
