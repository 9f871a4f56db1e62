/** Page object for API Key Management: what a user sees and does, by role and label. */
import { type Locator, type Page, expect } from '@playwright/test';

export interface KeyToAdd {
  provider: string;
  model?: string;
  name: string;
  secret: string;
}

export class ApiKeysPage {
  /** The add form, inside the sheet that "+ Add key" opens. */
  readonly form: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Add a key' });
    this.table = page.getByRole('table');
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** Opens the add sheet unless it is open already. */
  async openForm(): Promise<void> {
    if (!(await this.form.isVisible())) await this.page.getByRole('button', { name: 'Add key', exact: true }).click();
    await expect(this.form).toBeVisible();
  }

  /** Closes the add sheet (after a refused add, it stays open for the user to correct). */
  async closeForm(): Promise<void> {
    if (await this.form.isVisible()) await this.page.getByRole('dialog', { name: 'Add a key' }).press('Escape');
    await expect(this.form).toBeHidden();
  }

  /** Fills and submits the form, and waits for main's answer: the sheet closes, or shows why not. */
  async add(key: KeyToAdd): Promise<void> {
    await this.openForm();
    await this.field('Provider').selectOption({ label: key.provider });
    if (key.model) await this.field('Model variant').selectOption(key.model);
    await this.field('Name').fill(key.name);
    await this.field('API key').fill(key.secret);
    const submit = this.form.getByRole('button', { name: /Add API Key|Saving/ });
    await submit.click();
    await expect(async () => {
      expect((await this.form.isVisible()) && (await submit.isDisabled())).toBe(false);
    }).toPass();
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** A row's status cell (badge, last test, history, fix), whatever columns the window width shows. */
  status(name: string): Locator {
    return this.row(name)
      .getByRole('cell')
      .filter({ has: this.page.locator('.badge') });
  }

  async names(): Promise<string[]> {
    return this.table.getByRole('rowheader').getByRole('button').allTextContents();
  }

  /** The keys' names in list order (the name button: the row header also holds tags and folded columns). */
  async expectNames(names: string[]): Promise<void> {
    await expect(this.table.getByRole('rowheader').getByRole('button')).toHaveText(names);
  }

  async expectFirstName(name: string): Promise<void> {
    await expect(this.table.getByRole('rowheader').getByRole('button').first()).toHaveText(name);
  }
}
