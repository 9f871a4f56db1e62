/** Draws the tray menu from the real builder's output as a plain HTML menu, for a screenshot. */
import type { Page } from '@playwright/test';
import { type TrayItem, buildTrayMenu } from '../../src/main/tray/tray-menu';
import type { KeySummary } from '../../src/shared/keys';

function html(items: TrayItem[]): string {
  const escape = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
  return items
    .map((item) => {
      if (item.kind === 'separator') return '<hr>';
      if (item.kind === 'label') return `<div class="item label">${escape(item.label)}</div>`;
      if (item.kind === 'submenu') return `<div class="item">${escape(item.label)} ▸</div>`;
      return `<div class="item${item.enabled ? '' : ' disabled'}">${escape(item.label)}</div>`;
    })
    .join('');
}

/** Opens a separate page (the app's page keeps running) with the menu drawn in it. */
export async function renderTrayMenu(appPage: Page, keys: KeySummary[]): Promise<Page> {
  const items = buildTrayMenu({ keys, progress: null });
  const page = await appPage.context().newPage();
  await page.setContent(`<!doctype html><style>
    body { margin: 0; padding: 24px; background: #3b4252; font: 14px system-ui, sans-serif; }
    .menu { display: inline-block; background: #fafafa; color: #1d2430; border-radius: 6px; padding: 4px 0; box-shadow: 0 6px 24px rgb(0 0 0 / 35%); min-width: 300px; }
    .item { padding: 5px 18px; } .label { color: #5b6576; } .disabled { color: #9aa1ad; }
    hr { border: 0; border-top: 1px solid #d9dde4; margin: 4px 0; }
  </style><div class="menu">${html(items)}</div>`);
  return page;
}
