// @ts-check
/**
 * Module hooks for the boot test (registered by boot-main.mjs): `electron` resolves to the strict
 * stand-in, and every import of a provider SDK (a package, or the chunk the build bundled it into) is
 * reported, so the test can prove that starting the app loads none of them.
 */
const standIn = new URL('./electron-stand-in.mjs', import.meta.url).href;
/** A provider SDK: from node_modules (tests, dev) or bundled into a chunk of its own (the built app). */
const providerSdk = /^(openai|@anthropic-ai\/sdk|@google\/genai)(\/|$)/;
const sdkChunk = /(^|\/)sdk-(openai|anthropic|genai)-[\w-]+\.js$/;
/** @type {Record<string, string>} */
const chunkSdk = { openai: 'openai', anthropic: '@anthropic-ai/sdk', genai: '@google/genai' };
/** @type {import('node:worker_threads').MessagePort | undefined} */
let port;

/** @param {{ port: import('node:worker_threads').MessagePort }} data */
export function initialize(data) {
  port = data.port;
}

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  if (providerSdk.test(specifier)) port?.postMessage(specifier);
  const chunk = sdkChunk.exec(specifier);
  if (chunk) port?.postMessage(chunkSdk[chunk[2] ?? '']);
  return nextResolve(specifier, context);
}
