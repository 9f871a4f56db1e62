/**
 * `aikm run --mask`: the command's output with every injected key replaced by its masked hint. Works on
 * bytes (output need not be UTF-8) and across chunk boundaries: only a tail that could be the start of
 * a key is held back until the next chunk shows whether it is one, so interactive output still flows.
 */
import type { Transform } from 'node:stream';

export function maskStream(secrets: ReadonlyArray<{ secret: string; hint: string }>): Transform {
  const pairs = secrets
    .filter((s) => s.secret.length > 0)
    .map((s) => ({ secret: Buffer.from(s.secret), hint: Buffer.from(s.hint) }));
  let carry: Buffer = Buffer.alloc(0);

  /** How many trailing bytes of `buf` (from `from` on) are the beginning of some key. */
  function heldBack(buf: Buffer, from: number): number {
    for (let k = Math.min(buf.length - from, Math.max(0, ...pairs.map((p) => p.secret.length - 1))); k > 0; k--) {
      const tail = buf.subarray(buf.length - k);
      if (pairs.some((p) => p.secret.length > k && p.secret.subarray(0, k).equals(tail))) return k;
    }
    return 0;
  }

  function mask(buf: Buffer, final: boolean): Buffer {
    const out: Buffer[] = [];
    let at = 0;
    for (;;) {
      let found = -1;
      let which: (typeof pairs)[number] | undefined;
      for (const pair of pairs) {
        const i = buf.indexOf(pair.secret, at);
        if (i >= 0 && (found < 0 || i < found || (i === found && pair.secret.length > (which?.secret.length ?? 0))))
          [found, which] = [i, pair];
      }
      if (found < 0 || !which) break;
      out.push(buf.subarray(at, found), which.hint);
      at = found + which.secret.length;
    }
    const hold = final ? 0 : heldBack(buf, at);
    out.push(buf.subarray(at, buf.length - hold));
    carry = Buffer.from(buf.subarray(buf.length - hold));
    return Buffer.concat(out);
  }

  // Loaded only for --mask: every millisecond of aikm's start counts (see bench/aikm-run.ts).
  const { Transform: Stream } = process.getBuiltinModule('node:stream');
  return new Stream({
    transform(chunk: Buffer, _encoding, done) {
      done(null, mask(carry.length ? Buffer.concat([carry, chunk]) : chunk, false));
    },
    flush(done) {
      done(null, mask(carry, true));
    },
  });
}
