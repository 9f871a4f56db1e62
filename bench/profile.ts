/**
 * `npm run bench -- --scale --profile`: a CPU profile of each test-all figure's runs alone (not of
 * adding the keys before them), written to bench-profiles/<figure>.cpuprofile for Chrome DevTools'
 * Performance panel or VS Code. Sampled every 0.2 ms; the profiler itself costs a little CPU.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

export const PROFILE_DIR = 'bench-profiles';

export async function profiled<T>(name: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!name) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    mkdirSync(PROFILE_DIR, { recursive: true });
    const file = join(PROFILE_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`CPU profile of "${name}": ${file}`);
  }
}
