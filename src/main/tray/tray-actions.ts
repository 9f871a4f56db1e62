/**
 * What tray menu items do, without Electron: test a key or all keys, then tell the user how it went
 * in a notification that names the key and the diagnosis — never key material — and opens the window
 * on that key when clicked. The Electron controller and the end-to-end tests both use this.
 */
import type { KeySummary } from '../../shared/keys';
import type { TestProgress } from '../../shared/test-result';
import { isFailing, statusInSentence } from '../../shared/status';
import type { Notice, TrayWiring } from '../ports';
import { type TrayAction, shorten } from './tray-menu';

export type TrayActionDeps = Omit<TrayWiring, 'subscribe'>;

export function noticeForKey(key: KeySummary): Notice {
  const name = shorten(key.name);
  if (key.status === 'ok')
    return { title: `${name} works`, body: `Connected in ${key.lastTest?.latencyMs ?? 0} ms.`, keyId: key.id };
  return {
    title: `${name}: ${statusInSentence(key.status)}`,
    body: `${key.lastTest?.message ?? ''} Open to fix.`.trim(),
    keyId: key.id,
  };
}

export function noticeForRun(keys: readonly KeySummary[], progress: TestProgress): Notice {
  const failing = keys.filter((k) => isFailing(k.status));
  const title = progress.cancelled
    ? `Tested ${progress.done} of ${progress.total} keys (cancelled)`
    : `Tested ${progress.total} keys`;
  if (failing.length === 0) return { title, body: 'All tested keys work.' };
  const names = failing.slice(0, 3).map((k) => shorten(k.name, 24));
  const more = failing.length > 3 ? ` and ${failing.length - 3} more` : '';
  return {
    title,
    body: `${failing.length} failing: ${names.join(', ')}${more}. Open to fix.`,
    ...(failing.length === 1 ? { keyId: failing[0]?.id } : {}),
  };
}

export function createTrayActions(deps: TrayActionDeps) {
  async function testOne(id: string): Promise<void> {
    await deps.testKey(id);
    const key = await deps.getKey(id);
    if (key?.lastTest) deps.notify(noticeForKey(key));
  }

  async function testEverything(): Promise<void> {
    const started = await deps.testAll();
    if (started.total === 0) return;
    const progress = await deps.testAllDone();
    deps.notify(noticeForRun(await deps.listKeys(), progress));
  }

  async function copy(id: string): Promise<void> {
    const key = await deps.getKey(id);
    try {
      const { clearsInSeconds } = await deps.copyKey(id);
      const clears =
        clearsInSeconds > 0 ? `It clears in ${clearsInSeconds} s.` : 'It stays until you copy something else.';
      deps.notify({ title: `Copied ${shorten(key?.name ?? 'the key')}`, body: clears });
    } catch {
      deps.notify({
        title: 'The key could not be copied',
        body: 'Open AI Key Manager to see what happened.',
        keyId: id,
      });
    }
  }

  return {
    /** Runs a menu action; failures are reported, never thrown into Electron's menu code. */
    async run(action: TrayAction): Promise<void> {
      try {
        if (action.type === 'copy') await copy(action.id);
        else if (action.type === 'test') await testOne(action.id);
        else if (action.type === 'test-all') await testEverything();
        else if (action.type === 'open') deps.openWindow();
        else deps.quit();
      } catch {
        deps.notify({ title: 'The test could not run', body: 'Open AI Key Manager to see what happened.' });
      }
    },
  };
}
