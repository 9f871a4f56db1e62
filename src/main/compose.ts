/**
 * The app, composed once from its ports: the core, the gatekeeper in front of its handlers, push
 * events to the window, the tray, and stopping all of it. index.ts (Electron), the end-to-end harness
 * and the unit-test core call this with their own ports, so none of them wires the app by hand.
 */
import { createCore } from './core';
import { createGatekeeper } from './ipc/gatekeeper';
import type { AppPorts } from './ports';

export function composeApp(ports: AppPorts) {
  const core = createCore(ports);
  const gatekeeper = createGatekeeper(core.handlers, ports.isTrustedSender, ports.log);
  const disconnect = core.events.connect(ports.broadcast);
  let tray: { destroy(): void } | undefined;

  /** Starts the core; the tray appears with it (after the window, as on a real start). */
  function start(): Promise<void> {
    const started = core.start();
    tray ??= ports.tray({
      listKeys: core.listKeys,
      getKey: core.getKey,
      testKey: (id) => core.runner.test(id),
      copyKey: (id) => core.clipboard.copy({ id, format: 'plain' }),
      testAll: () => core.runner.testAll(),
      testAllDone: () => core.runner.testAllDone(),
      openWindow: core.openWindow,
      quit: ports.quit,
      notify: core.notify,
      subscribe: (sink) => core.events.connect(sink),
    });
    return started;
  }

  return {
    core,
    gatekeeper,
    start,
    /**
     * All of stopping: the core (checks, purging, running tests, writing pending test results, the
     * command line, a copied key), the window's events, the tray. Pending test results are on disk when
     * this returns; the promise waits for the rest (a clipboard to clear), which quitting should wait for.
     */
    stop(): Promise<void> {
      const stopping = core.stop();
      disconnect();
      tray?.destroy();
      tray = undefined;
      return stopping;
    },
  };
}

export type App = ReturnType<typeof composeApp>;
