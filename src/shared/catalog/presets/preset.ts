/**
 * The shape of a custom-service preset: what both processes know about a well-known OpenAI-compatible
 * service. One module per preset (this folder), listed in `customPresets` (../custom.ts); what only main
 * needs (its key endpoint, its error quirks) is in src/main/providers/presets/. Plain data, as the rest of
 * the catalog, so the renderer can import it.
 */
export interface ServicePreset<Id extends string = string> {
  readonly id: Id;
  /** The service's name as the user reads it, in messages too ("OpenRouter rejected this key"). */
  readonly name: string;
  /** Where its OpenAI-compatible API is, as its own docs give it. */
  readonly baseUrl: string;
  /** Other origins that are the same service (a local server answers on several loopback names). */
  readonly sameOrigins?: readonly string[];
  /** The variable the service's own docs and SDKs read the key from. Not read by import (yet). */
  readonly envVariable?: string;
  /** Where the service's keys are made (https only). Not on the external-link allow-list (yet). */
  readonly keyPageUrl?: string;
  /** Example of what its keys look like, shown as the input placeholder. */
  readonly keyPlaceholder?: string;
  /** A local server that takes any key: the form says no key is needed. */
  readonly takesAnyKey?: boolean;
}

/** Keeps the literal id, from which the preset id union is derived. */
export const definePreset = <const Id extends string>(preset: ServicePreset<Id>): ServicePreset<Id> => preset;
