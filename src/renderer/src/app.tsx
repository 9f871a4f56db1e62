/** The Settings Center: a sidebar of settings pages; API Key Management is the first. */
import { type ComponentType, useEffect } from 'react';
import { Toasts } from './components/toasts';
import { useShortcuts } from './lib/shortcuts';
import { ApiKeysPage } from './pages/api-keys-page';
import { AuditPage } from './pages/audit-page';
import { HelpPage } from './pages/help-page';
import { ImportPage } from './pages/import-page';
import { SecurityPage } from './pages/security-page';
import { PreferencesPage } from './pages/preferences-page';
import { RecentlyDeletedPage } from './pages/recently-deleted-page';
import { useKeys } from './store/keys-store';
import { type PageId, pages, useNav } from './store/nav-store';
import { useToasts } from './store/toast-store';

/** A Record over PageId: a page added to the list does not compile until it has a component. */
const components: Record<PageId, ComponentType> = {
  'api-keys': ApiKeysPage,
  trash: RecentlyDeletedPage,
  import: ImportPage,
  audit: AuditPage,
  preferences: PreferencesPage,
  security: SecurityPage,
  help: HelpPage,
};

export function App() {
  const { page: current, go: setCurrent } = useNav();
  const follow = useKeys((s) => s.follow);
  const clearSuccesses = useToasts((s) => s.clearSuccesses);
  useShortcuts();
  // Push events are followed for the app's lifetime, whichever page is shown.
  useEffect(() => follow(), [follow]);
  const Page = components[current];
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="Settings Center">
        <p className="sidebar-title">Settings Center</p>
        <ul>
          {pages.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={p.id === current ? 'page' : undefined}
                onClick={() => {
                  // What was confirmed on the last page does not follow the user to the next one.
                  clearSuccesses();
                  setCurrent(p.id);
                }}
              >
                {p.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <Page />
      </main>
      <Toasts />
    </div>
  );
}
