// @ts-check
/**
 * Module hooks for the boot test (registered by boot-main.mjs): `electron` resolves to the strict
 * stand-in, and every import of a provider SDK is reported, so the test can prove that starting the
 * app loads none of them.
 */
const standIn = new URL('./electron-stand-in.mjs', import.meta.url).href;
const providerSdk = /^(openai|@anthropic-ai\/sdk|@google\/genai)(\/|$)/;
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
  return nextResolve(specifier, context);
}
