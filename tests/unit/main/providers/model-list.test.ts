/** Issue #15: every model-list shape the presets answer with, and nothing that is not a model list; error dialects. */
import { describe, expect, it } from 'vitest';
import { errorFacts, readModelList } from '../../../../src/main/providers/model-list';
import { presetOfBaseUrl } from '../../../../src/shared/providers';

describe('readModelList', () => {
  it.each([
    ['OpenAI', { object: 'list', data: [{ id: 'a' }, { id: 'b' }] }],
    ['OpenRouter (no object)', { data: [{ id: 'a' }, { id: 'b' }] }],
    ['Together (bare array)', [{ id: 'a' }, { id: 'b' }]],
  ])('reads %s', (_, body) => {
    expect(readModelList(body)).toEqual(['a', 'b']);
  });

  it('reads an empty list as no models', () => {
    expect(readModelList({ object: 'list', data: [] })).toEqual([]);
  });

  it.each([
    ['an error body sent with 200', { error: { message: 'invalid request' } }],
    ['another object', { object: 'error', data: [{ id: 'a' }] }],
    ['data that is not a list', { data: 'a' }],
    ["Ollama's native /api/tags", { models: [{ name: 'llama3.2' }] }],
    ['items without an id', [{ name: 'a' }]],
    ['a web page', '<html></html>'],
    ['nothing', null],
  ])('refuses %s', (_, body) => {
    expect(() => readModelList(body)).toThrow('not a model list');
  });
});

describe('errorFacts', () => {
  it.each([
    [
      'OpenAI',
      '{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}',
      { message: 'Invalid API Key', code: 'invalid_api_key', type: 'invalid_request_error' },
    ],
    [
      'OpenRouter (numeric code)',
      '{"error":{"message":"User not found.","code":401}}',
      { message: 'User not found.', code: '401' },
    ],
    [
      'xAI',
      '{"code":"Client specified an invalid argument","error":"Incorrect API key provided"}',
      { message: 'Incorrect API key provided', code: 'Client specified an invalid argument' },
    ],
    ["Mistral's gateway", '{"message":"Unauthorized","request_id":"x"}', { message: 'Unauthorized' }],
    ['FastAPI', '{"detail":"Not Found"}', { message: 'Not Found' }],
    ['FastAPI validation', '{"detail":[{"msg":"field required"}]}', { message: 'field required' }],
    ['Go plain text', '404 page not found', { message: '404 page not found' }],
    ['a web page', '<html>404</html>', {}],
  ])('reads %s', (_, raw, facts) => {
    expect(errorFacts(raw)).toEqual(expect.objectContaining(facts));
  });
});

describe('presetOfBaseUrl', () => {
  it.each([
    ['https://openrouter.ai/api/v1', 'openrouter'],
    ['https://openrouter.ai/api', 'openrouter'],
    ['https://api.groq.com/openai', 'groq'],
    ['http://127.0.0.1:11434/v1', 'ollama'],
    ['http://[::1]:11434', 'ollama'],
    ['https://openrouter.ai.evil.example/api/v1', undefined],
    ['http://localhost:1234/v1', undefined],
  ])('%s belongs to %s', (url, id) => {
    expect(presetOfBaseUrl(url)?.id).toBe(id);
  });
});
