/** Vault add and remove with 1,000 keys stored (AES-GCM test cipher, conf store in a temp dir). */
import { createVault } from '../src/main/vault/vault';
import { createTestCipher } from '../tests/support/aes-test-cipher';
import { createTempStore } from '../tests/support/temp-store';
import { idleKeys } from '../tests/support/null-ports';
import { type Figure, summarize } from './stats';

export async function vaultOps(runs: number): Promise<Figure[]> {
  const store = createTempStore();
  try {
    const vault = createVault({ live: idleKeys, cipher: createTestCipher(), repository: store.open() });
    for (let i = 0; i < 1000; i++)
      await vault.add({
        provider: 'openai',
        model: 'gpt-5.5',
        name: `Key-${i}`,
        secret: `sk-proj-bench-${i}-0123456789`,
      });
    const adds: number[] = [];
    const removes: number[] = [];
    for (let i = 0; i < runs; i++) {
      let started = performance.now();
      const { id } = await vault.add({
        provider: 'anthropic',
        model: 'claude-opus-5-5',
        name: `Extra-${i}`,
        secret: `sk-ant-api03-bench-${i}-0123456789`,
      });
      adds.push(performance.now() - started);
      started = performance.now();
      await vault.remove(id);
      removes.push(performance.now() - started);
    }
    return [
      summarize('vault add with 1,000 keys stored', adds, 'ms', '≤ 20 ms'),
      summarize('vault remove with 1,000 keys stored', removes, 'ms', '≤ 20 ms'),
    ];
  } finally {
    store.cleanup();
  }
}
