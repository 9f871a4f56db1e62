import { describe, expect, it, vi } from 'vitest';
import type { Notice } from '../../../../src/main/ports';
import type { EventChannel } from '../../../../src/shared/ipc/contract';
import { summary } from '../../../support/key-summaries';

const electron = vi.hoisted(() => {
  type Template = { label?: string; click?: () => void; submenu?: Template[]; enabled?: boolean; type?: string };
  const trays: Array<{
    menus: Template[][];
    tooltips: string[];
    handlers: Record<string, () => void>;
    destroyed: boolean;
    images: unknown[];
  }> = [];
  const notifications: Array<{
    options: { title: string; body: string };
    handlers: Record<string, () => void>;
    shown: boolean;
  }> = [];
  class Tray {
    state = {
      menus: [] as Template[][],
      tooltips: [] as string[],
      handlers: {} as Record<string, () => void>,
      destroyed: false,
      images: [] as unknown[],
    };
    constructor(readonly image: unknown) {
      trays.push(this.state);
    }
    setContextMenu(menu: { template: Template[] }) {
      this.state.menus.push(menu.template);
    }
    setImage(image: unknown) {
      this.state.images.push(image);
    }
    setToolTip(text: string) {
      this.state.tooltips.push(text);
    }
    on(event: string, handler: () => void) {
      this.state.handlers[event] = handler;
    }
    destroy() {
      this.state.destroyed = true;
    }
  }
  class Notification {
    static isSupported = () => true;
    record: (typeof notifications)[number];
    constructor(options: { title: string; body: string }) {
      this.record = { options, handlers: {}, shown: false };
      notifications.push(this.record);
    }
    on(event: string, handler: () => void) {
      this.record.handlers[event] = handler;
    }
    show() {
      this.record.shown = true;
    }
  }
  const Menu = { buildFromTemplate: (template: Template[]) => ({ template }) };
  const nativeImage = { createFromPath: (path: string) => ({ path }) };
  return { trays, notifications, Tray, Notification, Menu, nativeImage };
});
vi.mock('electron', () => ({ ...electron, default: electron }));

const { createTrayController, notify } = await import('../../../../src/main/tray/tray-controller');

function setup(renderEveryMs = 0) {
  const keys = [
    summary('OpenAI-Production', 'ok', { hint: 'sk-proj-…SECRET' }),
    summary('Claude-Testing', 'not_tested'),
  ];
  let sink: ((event: EventChannel, payload: unknown) => void) | undefined;
  const deps = {
    renderEveryMs,
    iconPath: '/res/tray.png',
    alertIconPath: '/res/tray-alert.png',
    subscribe: (s: typeof sink) => {
      sink = s;
      return () => {
        sink = undefined;
      };
    },
    listKeys: vi.fn(async () => keys),
    getKey: vi.fn(async (id: string) => keys.find((k) => k.id === id) ?? null),
    testKey: vi.fn(async (id: string) => {
      const key = keys.find((k) => k.id === id);
      if (key) Object.assign(key, summary(key.name, 'invalid_key', { id: key.id }));
    }),
    copyKey: vi.fn(async () => ({ clearsInSeconds: 30 })),
    testAll: vi.fn(async () => ({ running: true, total: 2, done: 0, cancelled: false })),
    testAllDone: vi.fn(async () => ({ running: false, total: 2, done: 2, cancelled: false })),
    openWindow: vi.fn(),
    quit: vi.fn(),
    // As the app wires it: Electron's notification, whose click opens the window on the notice's key.
    notify: (notice: Notice) => notify(notice, () => deps.openWindow(notice.keyId)),
  };
  const controller = createTrayController(deps);
  const tray = electron.trays.at(-1)!;
  return { keys, deps, controller, tray, emit: (event: EventChannel, payload: unknown) => sink?.(event, payload) };
}

const flatten = (menu: Array<{ label?: string; submenu?: unknown[] }>): Array<{ label?: string; click?: () => void }> =>
  menu.flatMap((item) => [item, ...(item.submenu ? flatten(item.submenu as never) : [])]);

describe('tray controller', () => {
  it('sets a menu and tooltip at once, and again after every state change', async () => {
    const { tray, emit, keys } = setup();
    await vi.waitFor(() => expect(tray.menus.length).toBeGreaterThanOrEqual(2));
    const before = tray.menus.length;
    expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 2 keys · 1 OK');
    emit('keys:changed', { keys: [...keys, summary('Gemini-Main', 'timeout')] });
    expect(tray.menus.length).toBe(before + 1);
    expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 3 keys · 1 OK · 1 failing');
    emit('tests:progress', { running: true, total: 3, done: 1, cancelled: false });
    expect(tray.menus.length).toBe(before + 2);
    expect(flatten(tray.menus.at(-1)!).map((i) => i.label)).toContain('Testing 1 of 3…');
    emit('keys:focus', { id: keys[0]!.id });
    expect(tray.menus.length).toBe(before + 2);
  });

  it("clicking a key's item tests that key and notifies without key material; the notice opens the window on it", async () => {
    const { tray, deps, keys } = setup();
    await vi.waitFor(() =>
      expect(flatten(tray.menus.at(-1)!).some((i) => i.label?.includes('Claude-Testing'))).toBe(true),
    );
    const item = flatten(tray.menus.at(-1)!).find((i) => i.label?.includes('Claude-Testing'));
    const shown = electron.notifications.length;
    item?.click?.();
    await vi.waitFor(() => expect(electron.notifications.length).toBe(shown + 1));
    expect(deps.testKey).toHaveBeenCalledWith(keys[1]!.id);
    const notice = electron.notifications.at(-1)!;
    expect(notice.shown).toBe(true);
    expect(notice.options.title).toBe('Claude-Testing: invalid key');
    expect(JSON.stringify(notice.options)).not.toMatch(/SECRET|sk-/);
    notice.handlers.click?.();
    expect(deps.openWindow).toHaveBeenCalledWith(keys[1]!.id);
  });

  it('Test all, Open and Quit do what they say; tray labels never carry key material', async () => {
    const { tray, deps } = setup();
    await vi.waitFor(() =>
      expect(flatten(tray.menus.at(-1)!).find((i) => i.label === 'Test all keys')).toMatchObject({ enabled: true }),
    );
    const items = flatten(tray.menus.at(-1)!);
    items.find((i) => i.label === 'Test all keys')?.click?.();
    items.find((i) => i.label === 'Open API Key Management')?.click?.();
    items.find((i) => i.label === 'Quit')?.click?.();
    await vi.waitFor(() => expect(deps.testAllDone).toHaveBeenCalled());
    expect(deps.testAll).toHaveBeenCalledOnce();
    expect(deps.openWindow).toHaveBeenCalled();
    expect(deps.quit).toHaveBeenCalledOnce();
    expect(JSON.stringify(tray.menus)).not.toMatch(/SECRET|sk-/);
  });

  it('shows the alert icon while a key is failing, and the normal one again after', async () => {
    const { tray, emit, keys } = setup();
    await vi.waitFor(() => expect(tray.tooltips.at(-1)).toContain('2 keys'));
    expect(tray.images).toEqual([]);
    emit('keys:changed', { keys: [...keys, summary('Broken', 'invalid_key')] });
    expect(tray.images).toEqual([{ path: '/res/tray-alert.png' }]);
    emit('keys:changed', { keys: [...keys, summary('Broken', 'invalid_key')] });
    expect(tray.images).toHaveLength(1);
    emit('keys:changed', { keys });
    expect(tray.images.at(-1)).toEqual({ path: '/res/tray.png' });
  });

  it('opens the window when the icon is activated, and goes away when destroyed', () => {
    const { tray, deps, controller } = setup();
    tray.handlers.click?.();
    expect(deps.openWindow).toHaveBeenCalled();
    controller.destroy();
    expect(tray.destroyed).toBe(true);
  });

  it('follows keys:updated, keys:removed and keys:testing as the window does', async () => {
    const { tray, emit, keys } = setup();
    await vi.waitFor(() => expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 2 keys · 1 OK'));
    const claude = keys[1]!;
    emit('keys:testing', { ids: [claude.id], testing: true });
    expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 2 keys · 1 OK · 1 testing');
    emit('keys:updated', { keys: [{ ...summary('Claude-Testing', 'invalid_key'), id: claude.id }] });
    expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 2 keys · 1 OK · 1 failing');
    expect(tray.images.at(-1)).toEqual({ path: '/res/tray-alert.png' });
    emit('keys:updated', { keys: [summary('Gemini-Main', 'ok')] });
    expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 3 keys · 2 OK · 1 failing');
    emit('keys:removed', { ids: [claude.id] });
    expect(tray.tooltips.at(-1)).toBe('AI Key Manager — 2 keys · 2 OK');
    expect(flatten(tray.menus.at(-1)!).some((i) => i.label?.includes('Claude-Testing'))).toBe(false);
  });

  it('rebuilds the menu at most once per interval during a burst of events, ending on the latest state', async () => {
    const { tray, emit } = setup(250);
    await vi.waitFor(() => expect(tray.tooltips.at(-1)).toContain('2 keys'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // a quiet moment: the next change shows at once
    const before = tray.menus.length;
    for (let done = 1; done <= 100; done++)
      emit('tests:progress', { running: true, total: 100, done, cancelled: false });
    expect(tray.menus.length).toBe(before + 1); // the first change at once…
    expect(flatten(tray.menus.at(-1)!).map((i) => i.label)).toContain('Testing 1 of 100…');
    await vi.waitFor(() => expect(tray.menus.length).toBe(before + 2)); // …the other 99 in one
    expect(flatten(tray.menus.at(-1)!).map((i) => i.label)).toContain('Testing 100 of 100…');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(tray.menus.length).toBe(before + 2);
  });
});
