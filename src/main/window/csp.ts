/**
 * Content-Security-Policy of the renderer. Production allows nothing but our own bundle: no inline
 * script, no eval, no network (the renderer never talks to providers; main does), no frames.
 * Development must allow React Refresh's inline preamble and the dev server's websocket.
 */
const base = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
} as const;

function serialize(policy: Record<string, readonly string[]>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

export const productionCsp = serialize(base);

export function developmentCsp(devServerUrl: string): string {
  const ws = devServerUrl.replace(/^http/, 'ws');
  return serialize({
    ...base,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", ws],
  });
}
