// @ts-check
// Builds the `aikm` CLI into one self-contained CommonJS file, out/cli/aikm.cjs (part of `npm run build`).
// Apart from electron-vite's bundles because it is not part of the app: it runs on the user's Node, must
// not depend on node_modules (a packaged app keeps them inside its asar), and is CommonJS because Node
// starts a CommonJS file several milliseconds faster than an ES module (aikm runs before every command).
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = fileURLToPath(new URL('../src/cli/aikm.ts', import.meta.url));

/** Bundles the CLI into `outDir`/aikm.cjs (Node built-ins stay imports; everything else is inlined). */
export async function buildCli(outDir = fileURLToPath(new URL('../out/cli', import.meta.url))) {
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: 'aikm.cjs' } },
    },
  });
  return `${outDir}/aikm.cjs`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = await buildCli();
  console.log(`aikm CLI built: ${file}`);
}
