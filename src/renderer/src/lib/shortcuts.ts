/**
 * Window-wide shortcuts: Ctrl/Cmd+N opens the add sheet, Ctrl/Cmd+F or "/" focuses the key search —
 * both on API Key Management, which they open first. "/" is left alone while a field is being typed
 * in, and nothing fires while a modal dialog is open (its own keys apply there).
 */
import { useEffect } from 'react';
import { useKeys } from '../store/keys-store';
import { useNav } from '../store/nav-store';
import { useUi } from '../store/ui-store';

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function useShortcuts() {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (document.querySelector('dialog[open]')) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const ui = useUi.getState();
      if (mod && !event.altKey && !event.shiftKey && key === 'n') {
        event.preventDefault();
        useNav.getState().go('api-keys');
        ui.openAdd();
      } else if ((mod && !event.altKey && key === 'f') || (key === '/' && !mod && !typing(event.target))) {
        event.preventDefault();
        useNav.getState().go('api-keys');
        // No keys, no search box: a request left pending would steal focus when the first key arrives.
        if (useKeys.getState().keys.length > 0) ui.focusSearch();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
