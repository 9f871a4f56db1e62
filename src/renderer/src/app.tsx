/** The Settings Center: a sidebar of settings pages; API Key Management is the first. */
import { useState } from 'react';
import { Toasts } from './components/toasts';
import { ApiKeysPage } from './pages/api-keys-page';
import { SecurityPage } from './pages/security-page';
import { TestingPage } from './pages/testing-page';

const pages = [
  { id: 'api-keys', label: 'API Key Management', Component: ApiKeysPage },
  { id: 'testing', label: 'Key tests', Component: TestingPage },
  { id: 'security', label: 'Security', Component: SecurityPage },
] as const;
type PageId = (typeof pages)[number]['id'];

export function App() {
  const [current, setCurrent] = useState<PageId>('api-keys');
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
