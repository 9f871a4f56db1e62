/**
 * Search, filter and sort of the key table, as one pure function so 1,000 keys stay fast (one pass,
 * one sort) and the rules are testable without a browser.
 */
import type { KeySummary } from '../../../shared/keys';
import { type ProviderId, providers } from '../../../shared/provider-catalog';
import { works } from '../../../shared/status';
import { needsAttention } from './key-health';

export type SortColumn = 'name' | 'provider' | 'status' | 'latency' | 'lastTest' | 'added';
export type StatusFilter = 'all' | 'ok' | 'failing' | 'not_tested';

export interface KeyView {
  query: string;
  provider: ProviderId | 'all';
  status: StatusFilter;
  sort: SortColumn;
  descending: boolean;
}

export const defaultView: KeyView = { query: '', provider: 'all', status: 'all', sort: 'added', descending: false };

function matchesStatus(key: KeySummary, status: StatusFilter): boolean {
  if (status === 'all') return true;
  if (status === 'not_tested') return key.status === 'not_tested';
  if (status === 'ok') return works(key.status);
  // "Needs attention": failing, or working but due for rotation (the test-all line's "show them").
  return needsAttention(key);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a: KeySummary, b: KeySummary, column: SortColumn): number {
  switch (column) {
    case 'name':
      return collator.compare(a.name, b.name);
    case 'provider':
      return collator.compare(providers[a.provider].label, providers[b.provider].label);
    case 'status':
      return collator.compare(a.status, b.status);
    case 'latency':
      return (a.lastTest?.latencyMs ?? Infinity) - (b.lastTest?.latencyMs ?? Infinity);
    case 'lastTest':
      return (a.lastTest?.testedAt ?? '').localeCompare(b.lastTest?.testedAt ?? '');
    case 'added':
      return a.createdAt.localeCompare(b.createdAt);
  }
}

export function visibleKeys(keys: readonly KeySummary[], view: KeyView): KeySummary[] {
  const query = view.query.trim().toLocaleLowerCase();
  const shown = keys.filter(
    (k) =>
      (query === '' || k.name.toLocaleLowerCase().includes(query) || k.model.toLocaleLowerCase().includes(query)) &&
      (view.provider === 'all' || k.provider === view.provider) &&
      matchesStatus(k, view.status),
  );
  const direction = view.descending ? -1 : 1;
  return shown.sort((a, b) => direction * compare(a, b, view.sort) || collator.compare(a.name, b.name));
}
