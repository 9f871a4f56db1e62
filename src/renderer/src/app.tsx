/** The Settings Center: a sidebar of settings pages; API Key Management is the first. */
import { useEffect } from 'react';
import { Toasts } from './components/toasts';
import { ApiKeysPage } from './pages/api-keys-page';
import { AuditPage } from './pages/audit-page';
import { ImportPage } from './pages/import-page';
import { SecurityPage } from './pages/security-page';
import { PreferencesPage } from './pages/preferences-page';
import { RecentlyDeletedPage } from './pages/recently-deleted-page';
import { useKeys } from './store/keys-store';
import { useNav } from './store/nav-store';

const pages = [
  { id: 'api-keys', label: 'API Key Management', Component: ApiKeysPage },
  { id: 'trash', label: 'Recently deleted', Component: RecentlyDeletedPage },
  { id: 'import', label: 'Import', Component: ImportPage },
  { id: 'audit', label: 'Audit log', Component: AuditPage },
  { id: 'preferences', label: 'Preferences', Component: PreferencesPage },
  { id: 'security', label: 'Security', Component: SecurityPage },
] as const;

export function App() {
  const { page: current, go: setCurrent } = useNav();
  const follow = useKeys((s) => s.follow);
  // Push events are followed for the app's lifetime, whichever page is shown.
  useEffect(() => follow(), [follow]);
  const page = pages.find((p) => p.id === current) ?? pages[0];
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
                onClick={() => setCurrent(p.id)}
              >
                {p.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <page.Component />
      </main>
      <Toasts />
    </div>
  );
}
