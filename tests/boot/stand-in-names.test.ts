/**
 * The boot test's electron stand-in may only know names that Electron itself has: every object,
 * class, method and property it offers is looked up in the installed `electron.d.ts` (the API of the
 * Electron version in package.json). Otherwise a typo in the app would pass the boot test because the
 * stand-in made the same typo.
 */
import { createRequire } from 'node:module';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as standIn from './electron-stand-in.mjs';

const require = createRequire(import.meta.url);
const dts = require.resolve('electron/electron.d.ts');
const program = ts.createProgram([dts], { noEmit: true, skipLibCheck: true, types: [] });
const checker = program.getTypeChecker();
const electronModule = checker.getAmbientModules().find((m) => m.getName() === '"electron"');
const exported = new Map(checker.getExportsOfModule(electronModule as ts.Symbol).map((s) => [s.getName(), s]));

/** Names of a value's type in electron.d.ts (for a class: its static side). */
function membersOf(symbol: ts.Symbol): Set<string> {
  return new Set(
    checker
      .getTypeOfSymbol(symbol)
      .getProperties()
      .map((p) => p.getName()),
  );
}
/** Instance members of an exported class. */
function instanceMembersOf(symbol: ts.Symbol): Set<string> {
  const declared = checker.getDeclaredTypeOfSymbol(
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol,
  );
  return new Set(checker.getPropertiesOfType(declared).map((p) => p.getName()));
}
/** Members of a named interface or class in the Electron namespace (for objects the app reaches through others). */
function membersOfType(name: string): Set<string> {
  const symbol = exported.get(name);
  if (!symbol) throw new Error(`electron.d.ts exports no ${name}`);
  return instanceMembersOf(symbol);
}

/** What the stand-in offers: own names, minus its `$` bookkeeping and the language's own. */
function offered(value: object): string[] {
  const skip = new Set(['length', 'name', 'prototype', 'constructor', 'caller', 'arguments']);
  const own = Object.getOwnPropertyNames(value);
  const prototype = Object.getPrototypeOf(value);
  const proto =
    prototype === Object.prototype || typeof value === 'function' ? [] : Object.getOwnPropertyNames(prototype);
  return [...new Set([...own, ...proto])].filter((n) => !skip.has(n) && !n.startsWith('$'));
}

const modules = [
  'app',
  'Menu',
  'nativeImage',
  'session',
  'protocol',
  'ipcMain',
  'safeStorage',
  'net',
  'shell',
  'clipboard',
  'dialog',
  'powerMonitor',
];
const classes = ['BrowserWindow', 'Tray', 'Notification', 'ClipboardItem'];

describe('the electron stand-in knows only what Electron has', () => {
  it('offers only modules electron.d.ts exports', () => {
    const names = Object.keys(standIn.default);
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
    expect(names.sort()).toEqual([...modules, ...classes].sort());
  });

  it.each(modules)('%s: every member exists in electron.d.ts', (name) => {
    const real = membersOf(exported.get(name) as ts.Symbol);
    const value = (standIn.default as Record<string, object>)[name] as object;
    expect(offered(value).filter((m) => !real.has(m))).toEqual([]);
  });

  it.each(classes)('%s: every static and instance member exists in electron.d.ts', (name) => {
    const symbol = exported.get(name) as ts.Symbol;
    const Class = (standIn.default as unknown as Record<string, { prototype: object }>)[name] as { prototype: object };
    const statics = offered(Class as object);
    const methods = Object.getOwnPropertyNames(Class.prototype).filter((n) => n !== 'constructor');
    expect(statics.filter((m) => !membersOf(symbol).has(m))).toEqual([]);
    expect(methods.filter((m) => !instanceMembersOf(symbol).has(m))).toEqual([]);
  });

  it('objects reached through others match their Electron types (WebContents, Session, WebRequest)', () => {
    const contents = ['id', 'setWindowOpenHandler', 'send', 'on'];
    expect(contents.filter((m) => !membersOfType('WebContents').has(m))).toEqual([]);
    expect(
      ['setPermissionRequestHandler', 'setPermissionCheckHandler', 'webRequest'].filter(
        (m) => !membersOfType('Session').has(m),
      ),
    ).toEqual([]);
    expect(membersOfType('WebRequest').has('onHeadersReceived')).toBe(true);
  });

  it('catches a name Electron does not have (the check can fail)', () => {
    expect(membersOf(exported.get('app') as ts.Symbol).has('requestSingleInstanceLock')).toBe(true);
    expect(membersOf(exported.get('app') as ts.Symbol).has('requestSingleInstanceLok')).toBe(false);
    expect(() => (standIn.app as unknown as Record<string, unknown>).requestSingleInstanceLok).toThrow(/does not know/);
  });
});
