/** Page object for API Key Management: what a user sees and does, by role and label. */
import { type Locator, type Page, expect } from '@playwright/test';

export interface KeyToAdd {
  provider: string;
  model?: string;
  name: string;
  secret: string;
}

export class ApiKeysPage {
  readonly form: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Add a key' });
    this.table = page.getByRole('table');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async add(key: KeyToAdd): Promise<void> {
    await this.field('Provider').selectOption({ label: key.provider });
    if (key.model) await this.field('Model variant').selectOption(key.model);
    await this.field('Name').fill(key.name);
    await this.field('API key').fill(key.secret);
    await this.form.getByRole('button', { name: 'Add API Key' }).click();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.table.getByRole('rowheader').allTextContents();
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.table.getByRole('rowheader')).toHaveText(names);
  }
}
