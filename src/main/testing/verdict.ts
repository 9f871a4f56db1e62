/**
 * What a model list that answered means for the key (issue #15): out of credit by the account endpoint,
 * proven by a key endpoint, by a wrong key being refused or by the opt-in spend request; unverified where
 * the service lists models for any key (and "no key needed" where that service is this computer); the
 * chosen model missing is "works — model unavailable". Failures of the spend request are classified as
 * any failure, so an empty account says "out of credit" rather than OK.
 */
import type { Outcome, TestResult } from '../../shared/test-result';
import { classify } from '../providers/classify';
import type { WordingContext } from '../providers/diagnosis';
import type { Failure } from '../providers/failure';
import type { ProviderEntry } from '../providers/registry';
import type { Probe } from '../providers/types';

/** The facts that decide; test-key.ts turns them into words and a TestResult. */
export interface Verdict {
  outcome: Outcome;
  verifiedBy?: TestResult['verifiedBy'];
  /** Set when the spend request failed in a way that is the verdict (its failure is the detail). */
  failure?: Failure;
  /** A sentence added to the hint (why the spend check did not run, or that it was inconclusive). */
  note?: string;
}

/** The spend request's result: served, failed, or not run (and why). */
export type SpendResult = { ran: true } | { ran: false; failure?: Failure; reason?: string } | undefined;

/** Outcomes of a failed spend request that say something about the key or the account. */
const decisive = new Set<Outcome>(['quota_exhausted', 'invalid_key', 'permission_denied', 'rate_limited']);

/** Whether a wrong key was refused (the list checks keys), accepted (public list), or the answer said neither. */
function wrongKeyVerdict(probe: Probe, entry: ProviderEntry): 'refused' | 'accepted' | 'unclear' | undefined {
  if (!probe.wrongKey) return undefined;
  if (probe.wrongKey.accepted) return 'accepted';
  const { outcome } = classify(probe.wrongKey.failure, entry.quirks);
  return outcome === 'invalid_key' || outcome === 'permission_denied' ? 'refused' : 'unclear';
}

export function judge(
  probe: Probe,
  entry: ProviderEntry,
  context: { model: string; listed: boolean; spend: SpendResult },
): Verdict {
  if (probe.balance && !probe.balance.available) return { outcome: 'quota_exhausted' };
  const { spend } = context;
  let note: string | undefined;
  if (spend && !spend.ran && spend.failure) {
    const { outcome } = classify(spend.failure, entry.quirks);
    if (decisive.has(outcome)) return { outcome, failure: spend.failure };
    note = `The spend check could not run: ${spend.failure.message ?? `HTTP ${spend.failure.status ?? '?'}`}.`;
  } else if (spend && !spend.ran) {
    note = spend.reason;
  }
  const spent = spend?.ran === true;
  const wrongKey = wrongKeyVerdict(probe, entry);
  const verifiedBy: Verdict['verifiedBy'] = spent
    ? 'spend_request'
    : (probe.verifiedBy ?? (wrongKey === 'refused' ? 'wrong_key_refused' : undefined));
  const withNote = (verdict: Verdict): Verdict => ({ ...verdict, ...(note ? { note } : {}) });
  const modelMissing = context.model !== '' && !context.listed;
  // A local server that takes any key works without one; whether it has the model still matters.
  if (wrongKey === 'accepted' && entry.local)
    return withNote({ outcome: modelMissing ? 'model_unavailable' : 'no_key_needed' });
  // Before the model: "works" cannot be said of a key nothing proved.
  if ((wrongKey === 'accepted' || wrongKey === 'unclear') && !spent) {
    if (wrongKey === 'unclear') note ??= 'The check with a wrong key was inconclusive; test again later.';
    return withNote({ outcome: 'unverified' });
  }
  if (modelMissing) return withNote({ outcome: 'model_unavailable', ...(verifiedBy ? { verifiedBy } : {}) });
  return withNote({ outcome: 'ok', ...(verifiedBy ? { verifiedBy } : {}) });
}

/** Words for an OK that say how the key was proven. */
export function okWording(verifiedBy: Verdict['verifiedBy'], context: WordingContext) {
  const models = `it can see ${context.modelCount ?? 0} models`;
  switch (verifiedBy) {
    case 'key_endpoint':
      return {
        message: `Connected. ${context.service ?? 'The service'} confirmed the key; ${models}.`,
        hint: "Listing models and reading the key's details are free: this test spent no tokens.",
      };
    case 'spend_request':
      return {
        message: `Connected. The key works, ${models}, and it can spend.`,
        hint: 'The spend check made one request of one output token (a fraction of a cent).',
      };
    case 'wrong_key_refused':
      return {
        message: `Connected. The key works and ${models}.`,
        hint: 'Listing models is free: this test spent no tokens (a wrong key was refused, so the list checks keys).',
      };
    default:
      return undefined;
  }
}
