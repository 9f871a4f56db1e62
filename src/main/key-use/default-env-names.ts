/**
 * The default EnvNamesFor port: the variables a key goes into for `aikm run` and "Copy as …". A built-in
 * provider's are its catalog entry's (the same ones import reads); a custom key's are its preset's, by where
 * it points (Groq → GROQ_API_KEY), or else named after the service the user typed.
 */
import type { KeySummary } from '../../shared/keys';
import { presetOfBaseUrl, providers } from '../../shared/provider-catalog';
import { envNameForService } from './env-names';

export function defaultEnvNamesFor(key: Pick<KeySummary, 'provider' | 'endpoint'>): string[] {
  if (key.provider !== 'custom') return [...providers[key.provider].envVariables];
  const preset = key.endpoint ? presetOfBaseUrl(key.endpoint.baseUrl) : undefined;
  return [preset?.envVariable ?? envNameForService(key.endpoint?.name ?? '')];
}
