/**
 * Issue #15, "right on ≥ 95 % of real answers": every entry of the answer corpus (tests/fixtures/
 * answer-corpus/: built-in providers, the presets, other OpenAI-compatible servers, network faults) is
 * served from 127.0.0.1 and tested through the real SDKs, the guarded fetch and the real classification,
 * as the app tests a key. An entry is diagnosed right when the outcome is the one a user should see and
 * the message names the service, not "custom". The share is printed and must stay at or above 95 %.
 *
 * What it proves: the app reads these answers right. What it cannot: that services still answer this way
 * (the corpus is written from their documentation and reports, not recorded live), or that it covers every
 * answer a service can give.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRONG_KEY_PREFIX } from '../../../../src/main/providers/openai-compatible';
import { createProviderRegistry, defaultBaseUrls, entryFor } from '../../../../src/main/providers/registry';
import { guardedFetch } from '../../../../src/main/testing/guarded-fetch';
import { testKey } from '../../../../src/main/testing/test-key';
import { customPresets } from '../../../../src/shared/providers';
import type { TestResult } from '../../../../src/shared/test-result';
import { builtInCases } from '../../../fixtures/answer-corpus/built-in';
import { type CorpusCase, type Reply, openAiError } from '../../../fixtures/answer-corpus/corpus-case';
import { serviceCases } from '../../../fixtures/answer-corpus/services';
import { refusedBaseUrl } from '../../../fixtures/fake-providers';

const corpus: CorpusCase[] = [...builtInCases, ...serviceCases];
const SECRET = 'sk-corpus-0123456789abcdefghijklmnop';

/** Free account endpoints answer a valid key by default. */
const accountFor = (path: string): Reply =>
  path.endsWith('/user/balance')
    ? { status: 200, body: { is_available: true, balance_infos: [{ currency: 'USD', total_balance: '5.00' }] } }
    : { status: 200, body: { data: { label: 'k', usage: 0, limit: 10, limit_remaining: 10 } } };

function keyOf(req: IncomingMessage): string {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  return bearer ?? String(req.headers['x-api-key'] ?? req.headers['x-goog-api-key'] ?? '');
}

function send(res: ServerResponse, reply: Reply) {
  const text = reply.text ?? JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': reply.contentType ?? 'application/json',
    'x-request-id': 'req_corpus',
    ...reply.headers,
  });
  res.end(text);
}

function answer(req: IncomingMessage, res: ServerResponse) {
  const [, index, rest = ''] = /^\/c\/(\d+)(\/[^?]*)?/.exec(req.url ?? '') ?? [];
  const entry = corpus[Number(index)];
  if (!entry) return send(res, { status: 404, body: { error: 'no such entry' } });
  const { reply } = entry;
  if (reply === 'hang') return;
  if (reply === 'reset') return req.socket.destroy();
  if (reply === 'redirect') return res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }).end();
  if (reply === 'refused') return send(res, { status: 500, body: {} }); // never reached: the port is closed
  if (keyOf(req).startsWith(WRONG_KEY_PREFIX))
    return send(
      res,
      entry.wrongKey ?? openAiError('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key', 401),
    );
  if (/\/(key|user\/balance)$/.test(rest)) return send(res, entry.account ?? accountFor(rest));
  send(res, reply);
}

const server = createServer(answer);
let base = '';
let nowhere = '';
beforeAll(async () => {
  nowhere = await refusedBaseUrl();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const pathOf = (url: string) => new URL(url).pathname.replace(/\/$/, '');

/** Runs one entry as the app would test a key there. */
async function diagnose(entry: CorpusCase, index: number): Promise<TestResult> {
  const root = `${entry.reply === 'refused' ? nowhere : base}/c/${index}`;
  const isLocal = () => entry.local ?? false;
  let registry;
  let key;
  if (entry.provider !== 'custom') {
    registry = createProviderRegistry({ [entry.provider]: root + pathOf(defaultBaseUrls[entry.provider]) });
    key = { provider: entry.provider, endpoint: null };
  } else {
    const preset = customPresets.find((p) => p.id === entry.preset);
    const baseUrl = root + (preset ? pathOf(preset.baseUrl) : '/v1');
    registry = createProviderRegistry({}, { ...(preset ? { presetBaseUrls: { [preset.id]: baseUrl } } : {}), isLocal });
    key = { provider: 'custom' as const, endpoint: { name: entry.service, baseUrl } };
  }
  const result = await testKey({
    provider: entry.provider,
    entry: entryFor(registry, key),
    secret: SECRET,
    model: entry.model ?? '',
    // Short only where nothing will answer; otherwise room for the first SDK import on a busy machine.
    timeoutMs: entry.reply === 'hang' ? 1500 : 10_000,
    cancel: new AbortController().signal,
    fetch: guardedFetch((input, init) => fetch(input, init)),
  });
  if (!result) throw new Error('cancelled');
  return result;
}

describe('the answer corpus', () => {
  it('is diagnosed right on at least 95 % of real answers', { timeout: 60_000 }, async () => {
    // One at a time, as a user's tests of different services would not share a moment either.
    const results: TestResult[] = [];
    for (const [i, entry] of corpus.entries()) results.push(await diagnose(entry, i));
    const misses = corpus.flatMap((entry, i) => {
      const result = results[i]!;
      const named = entry.provider !== 'custom' || !result.message.includes('(custom)');
      return result.outcome === entry.expect && named
        ? []
        : [`${entry.service} — ${entry.what}: expected ${entry.expect}, got ${result.outcome} (${result.message})`];
    });
    const share = (corpus.length - misses.length) / corpus.length;
    console.info(
      `Answer corpus: ${corpus.length - misses.length} of ${corpus.length} diagnosed right (${(share * 100).toFixed(1)} %).` +
        misses.map((m) => `\n  miss: ${m}`).join(''),
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
    for (const result of results) expect(JSON.stringify(result)).not.toContain(SECRET);
  });
});
