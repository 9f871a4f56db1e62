// @ts-check
/**
 * Loaded into Electron's installer with `--import` (see electron-binary.mjs). The installer downloads
 * through the global `fetch` (@electron/get's FetchDownloader); this wrapper tells the launcher, over
 * the IPC channel, which address each download comes from, how far it got and why it failed — so the
 * launcher can show progress, end a stalled download and explain a failure without parsing a stack.
 */
const send = (/** @type {object} */ message) => {
  if (process.connected) process.send?.(message);
};
// The channel must not keep the installer alive once its work is done.
/** @type {{ unref?: () => void } | undefined} */ (process.channel)?.unref?.();

const fetchBefore = globalThis.fetch;
const PROGRESS_EVERY_MS = 250;

/** @type {typeof fetch} */
globalThis.fetch = async function reportingFetch(input, init) {
  const url = input instanceof Request ? input.url : String(input);
  send({ type: 'request', url });
  let response;
  try {
    response = await fetchBefore(input, init);
  } catch (error) {
    const cause = /** @type {{ cause?: { code?: string, message?: string }, code?: string, message?: string }} */ (
      error
    );
    send({
      type: 'error',
      url,
      code: cause.cause?.code ?? cause.code ?? null,
      message: cause.cause?.message ?? cause.message ?? null,
    });
    throw error;
  }
  const total = Number(response.headers.get('content-length')) || null;
  send({ type: 'response', url, status: response.status, total });
  if (!response.ok || !response.body) return response;
  let transferred = 0;
  let lastSent = 0;
  const counted = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        transferred += chunk.byteLength;
        const now = Date.now();
        if (now - lastSent >= PROGRESS_EVERY_MS || transferred === total) {
          lastSent = now;
          send({ type: 'progress', transferred });
        }
        controller.enqueue(chunk);
      },
    }),
  );
  return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
};
