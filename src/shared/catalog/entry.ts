/**
 * The shape of one provider's catalog entry: everything both processes know about a provider, as plain
 * data. No zod and no platform code here, because the renderer imports the catalog and its bundle has a
 * size budget.
 */
export interface CatalogEntry<Id extends string = string> {
  readonly id: Id;
  /** Label as the help page names it, e.g. "OpenAI (GPT)". */
  readonly label: string;
  /** The company alone, for narrow places such as the key table. */
  readonly shortLabel: string;
  /** Where a user creates a key. Every URL here is https and is the allow-list for external links. */
  readonly keyPageUrl: string;
  readonly billingUrl: string;
  /** Example of what the key looks like; shown as the input placeholder. */
  readonly keyPlaceholder: string;
  /** Current model ids, newest first; the first is the default selection. A key test shows the live list. */
  readonly models: readonly string[];
  /** Background of the provider's round icon (the key table sets it as a CSS custom property). */
  readonly color: string;
  /** Environment variables (and `.env` names) that import reads a key of this provider from, in order. */
  readonly envVariables: readonly string[];
  /**
   * The shape of this provider's keys, for the "looks like another provider's key" hint. Only ever a
   * hint: formats change, so a mismatch warns and never refuses. Patterns of different providers must
   * not overlap, or the hint would depend on the order of the list.
   */
  readonly keyPattern?: RegExp;
  /** Prefixes that every key of a kind shares; they carry no secret, so the masked hint keeps them. */
  readonly maskPrefixes: readonly string[];
  /** A free balance endpoint tells "out of credit", so the paid spend check is not offered. */
  readonly freeBalance?: boolean;
}

/** Keeps the literal id (`'openai'`, not `string`), from which the id union is derived. */
export const defineProvider = <const Id extends string>(entry: CatalogEntry<Id>): CatalogEntry<Id> => entry;
