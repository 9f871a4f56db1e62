import { createServer, createServerModuleRunner } from 'vite';
const server = await createServer({ root: '/work/main', configFile: false, appType: 'custom', logLevel: 'error', server: { middlewareMode: true, hmr: false, ws: false } });
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try { const m = await runner.import(process.argv[2]); await m.main(process.argv.slice(3)); } finally { await runner.close(); await server.close(); }
