// `npm run bench`: runs the TypeScript benchmark through a Vite module runner (same module resolution
// as the build; it stays open so the SDKs' lazy imports work) and prints its figures. Figures only:
// nothing here passes or fails on timing.
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const entry = fileURLToPath(new URL('../bench/run.ts', import.meta.url));
const server = await createServer({
  configFile: false,
  appType: 'custom',
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  const module = await runner.import(entry);
  await module.main(process.argv.slice(2));
} finally {
  await runner.close();
  await server.close();
}
