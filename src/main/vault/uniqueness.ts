/** Names and keys are unique in the vault: a clash is refused with a message for the field at fault. */
import { nameKey } from '../../shared/keys';
import { AppError } from '../../shared/ipc/result';
import type { StoredKey } from './record';

/** Names are compared ignoring case, so "openai-prod" and "OpenAI-Prod" clash. */
export function assertNameFree(all: readonly StoredKey[], name: string, exceptId?: string): void {
  const clash = all.find((r) => r.id !== exceptId && nameKey(r.name) === nameKey(name));
  if (!clash) return;
  const message = `A key named "${clash.name}" already exists. Names must be unique (ignoring case).`;
  throw new AppError('duplicate_name', message, { name: message });
}

/** The same key under two names is found by fingerprint (no plaintext is compared). */
export function assertNotStored(all: readonly StoredKey[], print: string, exceptId?: string): void {
  const twin = all.find((r) => r.id !== exceptId && r.fingerprint === print);
  if (!twin) return;
  const message = `This key is already stored as "${twin.name}".`;
  throw new AppError('duplicate_key', message, { secret: message });
}
