// Runs Electronegativity (Doyensec's Electron security scanner) on src/ and fails on any finding of
// MEDIUM severity or higher. The tool itself always exits 0, hence this wrapper. Its network-only
// check (fetching Electron releases) is excluded: CI has no internet. Findings reviewed and judged
// not to apply are listed, with the reason, in docs/SECURITY.md and suppressed in code with
// `eng-disable` comments next to the reason.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

// The scanner downloads translations from the internet at every run. CI has no internet, and this
// workplace must not try: its HTTP client is replaced, before the scanner loads, by one that fails at
// once (the scanner then uses its bundled English texts).
const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const gotPath = scannerRequire.resolve('got');
scannerRequire('got');
const offline = () => Promise.reject(new Error('offline: translations are not downloaded'));
offline.default = offline;
offline.__esModule = true;
scannerRequire.cache[gotPath].exports = offline;

const scanner = require('@doyensec/electronegativity');
const run = scanner.default ?? scanner;
const { version: electronVersion } = require('electron/package.json');

const inputFlag = process.argv.indexOf('--input');
const input = inputFlag > 0 ? process.argv[inputFlag + 1] : fileURLToPath(new URL('../src', import.meta.url));
const rank = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

const result = await run({
  input,
  output: undefined,
  isSarif: false,
  customScan: [],
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  electronVersionOverride: electronVersion,
  isRelative: true,
  parserPlugins: [],
});

const issues = result.issues ?? [];
const serious = issues.filter((i) => (rank[i.severity?.name ?? i.severity] ?? 0) >= rank.MEDIUM);
for (const issue of issues) {
  const severity = issue.severity?.name ?? issue.severity;
  console.log(
    `${severity.padEnd(13)} ${issue.id}  ${issue.file}:${issue.location?.line ?? '?'}  ${issue.manualReview ? '(review)' : ''}`,
  );
}
console.log(
  `electronegativity: ${issues.length} findings, ${serious.length} of MEDIUM or higher severity (Electron ${electronVersion})`,
);
if (result.errors?.length) console.log(`electronegativity: ${result.errors.length} files could not be parsed`);
process.exit(serious.length > 0 ? 1 : 0);
