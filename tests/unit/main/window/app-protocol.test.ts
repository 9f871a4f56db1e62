import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler, resolveAssetPath } from '../../../../src/main/window/app-protocol';
import { productionCsp } from '../../../../src/main/window/csp';

let root: string;
beforeAll(() => {
  const parent = mkdtempSync(join(tmpdir(), 'aikm-proto-'));
  root = join(parent, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>app</p>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(parent, 'secret.txt'), 'outside the bundle');
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('app:// protocol', () => {
  it.each([
    ['app://aikm/', 'index.html'],
    ['app://aikm/index.html', 'index.html'],
    ['app://aikm/assets/app.js?v=1', join('assets', 'app.js')],
  ])('maps %s into the renderer folder', (url, file) => {
    expect(resolveAssetPath(root, url)).toBe(join(root, file));
  });

  it.each(['app://aikm/../secret.txt', 'app://aikm/%2e%2e/secret.txt', 'app://aikm/assets/../../secret.txt'])(
    'keeps %s inside the renderer folder (the URL parser drops the dot segments)',
    (url) => {
      const path = resolveAssetPath(root, url);
      expect(path === null || path.startsWith(root + sep)).toBe(true);
      expect(path).not.toBe(join(root, '..', 'secret.txt'));
    },
  );

  it.each([
    'app://aikm/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://aikm/..%2f..%2fsecret.txt',
    'app://aikm/%00index.html',
    'app://aikm/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAssetPath(root, url)).toBeNull();
  });

  it('serves files with their type and the strict CSP header', async () => {
    const handle = createAppRequestHandler(root, productionCsp);
    const response = await handle(new Request('app://aikm/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(productionCsp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<p>app</p>');
  });

  it('answers 404 for a missing file and for an escape attempt, revealing nothing', async () => {
    const handle = createAppRequestHandler(root, productionCsp);
    for (const url of ['app://aikm/missing.js', 'app://aikm/%2e%2e/secret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });
});

describe('content security policy', () => {
  it('allows only our own scripts: no inline code, no eval, no remote hosts, no frames', () => {
    const directives = Object.fromEntries(
      productionCsp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(productionCsp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});
