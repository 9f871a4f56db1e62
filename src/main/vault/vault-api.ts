/** What the vault offers (vault.ts implements it), apart so the implementation stays readable. */
import type { KeyDetails, KeySummary } from '../../shared/keys';
import type { ProviderId } from '../../shared/providers';
import type { Outcome, TestResult } from '../../shared/test-result';
import type { Cipher } from './cipher';
import type { Protection } from './protection';
import type { StoredKey } from './record';
import type { KeyRepository } from './repository';
import type { LiveState } from './summary';

/** Already parsed and normalised by the contract's input schema. */
export interface NewKey {
  provider: ProviderId;
  model: string;
  name: string;
  secret: string;
  endpoint?: { name: string; baseUrl: string };
}

export interface VaultOptions {
  cipher: Cipher;
  repository: KeyRepository;
  /** The user chose to store keys with Linux's weak obfuscation when there is no keyring. */
  weakAllowed?: () => boolean;
  /** Summaries carry it (tests of the vault alone pass an idle one). */
  live: LiveState;
  now?: () => Date;
  newId?: () => string;
}

export interface Vault {
  readonly protection: Protection;
  /** Every key's summary, or only those of `ids` (the ones that still exist). */
  list(ids?: readonly string[]): Promise<KeySummary[]>;
  /** One key's summary, without mapping all of them (test-all asks once per key). */
  get(id: string): Promise<KeySummary | null>;
  /** What summaries leave out: the models the last test saw and the whole history (not_found if gone). */
  details(id: string): Promise<KeyDetails>;
  add(key: NewKey): Promise<KeySummary>;
  /** A record back from Recently deleted: names and keys stay unique. */
  insert(record: StoredKey): Promise<KeySummary>;
  /** `keep` receives the record (still encrypted) before its removal is written; if it fails, nothing is removed. */
  remove(id: string, keep?: (record: StoredKey) => Promise<void>): Promise<void>;
  /**
   * Stores a test result with the key and in its history; answers the previous outcome (undefined for
   * a first test). A result no longer applies — answers null — if the key was deleted, its model
   * changed, or its secret was rotated (`version`: the key's rotatedAt when the test started).
   */
  recordTest(id: string, result: TestResult, version?: string): Promise<{ previous: Outcome | undefined } | null>;
  setModel(id: string, model: string): Promise<KeySummary>;
  /** Turns the key's paid spend check on or off. */
  setSpendCheck(id: string, enabled: boolean): Promise<KeySummary>;
  rename(id: string, name: string): Promise<{ key: KeySummary; previous: string }>;
  /** Replaces the secret; name, model and history stay; the old record goes to `keep` first, as in remove. */
  rotate(id: string, secret: string, keep?: (previous: StoredKey) => Promise<void>): Promise<KeySummary>;
  /** The name of the stored key this secret already belongs to, if any (compared by fingerprint). */
  findDuplicate(secret: string, exceptId?: string): Promise<string | null>;
  /**
   * Main-only: lends the plaintext to `use` (e.g. a provider test) and never returns it to a caller.
   * A key whose destination was changed outside the app is refused (changed_outside), never lent.
   */
  withSecret<T>(id: string, use: (secret: string, key: KeySummary) => Promise<T>): Promise<T>;
  /** Refuses (changed_outside) a key whose destination was changed outside the app, before a secret is sent for it. */
  assertTrusted(id: string): Promise<void>;
  /**
   * What `rotate` checks first, without writing: the key is trusted (as assertTrusted) and the new
   * secret is neither the one it holds nor stored under another key. Lets a caller refuse a rotation
   * before spending a provider call on testing the new secret.
   */
  checkRotation(id: string, secret: string): Promise<void>;
  /** Checks and opens every stored key once, so unusable ones show as such; answers how many are. */
  checkReadable(): Promise<number>;
  /** After an opt-in to weak storage: seals this run's memory-only keys again and writes them. */
  persistSessionKeys(): Promise<number>;
  /**
   * Takes back records from a set-aside copy: those not stored already (same id or same key), renamed
   * "… (restored)" on a name clash. They are then checked like any record read from disk.
   */
  restore(records: readonly StoredKey[]): Promise<{ restored: number; skipped: number }>;
}
