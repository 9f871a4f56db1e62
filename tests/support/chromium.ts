/**
 * How tests and benchmarks start Chromium here: Debian's build (Playwright's own download is not
 * reachable), and no background networking, which this machine's closed network would refuse.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
