/**
 * Serves the built renderer from a privileged custom scheme (`app://aikm/…`) instead of `file://`,
 * which would give the page access to every file and no way to send a CSP header. Requests are
 * resolved inside the renderer folder only; anything that escapes it, or is missing, is a 404.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'aikm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The file a request maps to, or null when it is not ours or would leave `root`. */
export function resolveAssetPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return join(root, rel);
}

export function createAppRequestHandler(
  root: string,
  csp: string,
  read: (path: string) => Promise<Uint8Array> = readFile,
) {
  return async (request: Request): Promise<Response> => {
    const path = resolveAssetPath(root, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await read(path);
      return new Response(Buffer.from(body), {
        headers: {
          'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': csp,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
