import { describe, expect, it } from 'vitest';
import { defaultEnvNamesFor } from '../../../../src/main/key-use/default-env-names';
import { envNameForService, envNameProblem } from '../../../../src/main/key-use/env-names';

describe('environment variable names', () => {
  it('uses the standard variables per provider', () => {
    expect(defaultEnvNamesFor({ provider: 'openai', endpoint: null })).toEqual(['OPENAI_API_KEY']);
    expect(defaultEnvNamesFor({ provider: 'anthropic', endpoint: null })).toEqual(['ANTHROPIC_API_KEY']);
    expect(defaultEnvNamesFor({ provider: 'gemini', endpoint: null })).toEqual(['GEMINI_API_KEY', 'GOOGLE_API_KEY']);
    expect(defaultEnvNamesFor({ provider: 'deepseek', endpoint: null })).toEqual(['DEEPSEEK_API_KEY']);
  });

  it('names a custom service’s variable after the service', () => {
    expect(
      defaultEnvNamesFor({
        provider: 'custom',
        endpoint: { name: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1' },
      }),
    ).toEqual(['OPENROUTER_API_KEY']);
    // A preset's own variable, whatever the user called the service; any other service is named after itself.
    expect(
      defaultEnvNamesFor({
        provider: 'custom',
        endpoint: { name: 'My Groq', baseUrl: 'https://api.groq.com/openai/v1' },
      }),
    ).toEqual(['GROQ_API_KEY']);
    expect(
      defaultEnvNamesFor({ provider: 'custom', endpoint: { name: 'Lab vLLM', baseUrl: 'https://llm.lab.example/v1' } }),
    ).toEqual(['LAB_VLLM_API_KEY']);
    expect(envNameForService('Ollama (this computer)')).toBe('OLLAMA_API_KEY');
    expect(envNameForService('Together AI')).toBe('TOGETHER_AI_API_KEY');
    expect(envNameForService('01.AI')).toBe('_01_AI_API_KEY');
    expect(envNameForService('Groq—Fast')).toBe('GROQ_FAST_API_KEY');
    expect(envNameForService('日本')).toBe('CUSTOM_API_KEY');
    for (const name of ['OpenRouter', 'Ollama (this computer)', '01.AI', '日本'])
      expect(envNameProblem(envNameForService(name))).toBeNull();
  });

  it('refuses names outside ^[A-Z_][A-Z0-9_]*$ and names that change how programs start', () => {
    for (const bad of ['', 'openai_api_key', '1ABC', 'A-B', 'A B', 'X'.repeat(129), 'A=B'])
      expect(envNameProblem(bad)).toMatch(/must match/);
    for (const bad of [
      'LD_PRELOAD',
      'DYLD_INSERT_LIBRARIES',
      'NODE_OPTIONS',
      'PATH',
      'BASH_ENV',
      'PYTHONSTARTUP',
      'HTTPS_PROXY',
      'AIKM_SOCKET_DIR',
    ]) {
      expect(envNameProblem(bad)).toMatch(/never put there/);
    }
    expect(envNameProblem('MY_OPENAI_KEY')).toBeNull();
  });
});
