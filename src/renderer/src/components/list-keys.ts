/**
 * Moving through the key list by keyboard: ↑/↓ (and Home/End) go from row to row, landing on the key's
 * name (Enter opens its details); Delete asks to delete the row's key. Only when a row's button has focus:
 * the fields in an open details pane keep their own keys (a model list, a text field).
 */
import type { KeyboardEvent } from 'react';

export function rowNavigation(onDelete: (id: string) => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName !== 'BUTTON') return;
    const row = target.closest<HTMLElement>('tr[data-key-id]');
    if (!row?.dataset.keyId) return;
    const rows = [...event.currentTarget.querySelectorAll<HTMLElement>('tr[data-key-id]')];
    const at = rows.indexOf(row);
    const to = (index: number) => rows[Math.max(0, Math.min(rows.length - 1, index))];
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = to(at + 1);
    else if (event.key === 'ArrowUp') next = to(at - 1);
    else if (event.key === 'Home') next = to(0);
    else if (event.key === 'End') next = to(rows.length - 1);
    else if (event.key === 'Delete' || (event.key === 'Backspace' && event.metaKey)) onDelete(row.dataset.keyId);
    else return;
    event.preventDefault();
    next?.querySelector<HTMLElement>('.row-name')?.focus();
  };
}
