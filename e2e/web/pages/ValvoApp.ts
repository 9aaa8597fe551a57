import type { Locator, Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Page model of the web app: the steps a user takes, by role and Finnish label. */
export class ValvoApp {
  constructor(readonly page: Page) {}

  async createProfile(
    name = 'Maija Meikäläinen',
    role: 'unitManager' | 'controller' | 'reader' = 'controller',
  ) {
    await this.page.getByLabel('Nimi').fill(name);
    await this.page.getByLabel('Rooli').selectOption(role);
    await this.page.getByRole('button', { name: 'Jatka' }).click();
  }

  async loadExample() {
    await this.page.getByRole('button', { name: 'Lataa esimerkki' }).click();
    await this.page.getByRole('navigation', { name: 'Organisaatio' }).waitFor();
  }

  async firstRunWithExample() {
    await this.createProfile();
    await this.loadExample();
  }

  /** A unit in the tree; `kind` (e.g. 'Vastuualue') tells apart units of the same name. */
  unitLink(name: string, kind?: string): Locator {
    if (kind) {
      return this.page
        .getByRole('navigation', { name: 'Organisaatio' })
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}\\s*,\\s*${kind}`) });
    }
    return this.page
      .getByRole('navigation', { name: 'Organisaatio' })
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}\\s*,`) });
  }

  async openUnit(name: string, kind?: string) {
    await this.unitLink(name, kind).click();
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /**
   * The unit's internal-control table of rows: the only table of a unit that follows internal
   * control alone, else the one under its kind's heading (the risk register is another table).
   */
  get table(): Locator {
    return this.page.getByRole('table', {
      name: /^(Sisäinen valvonta ja riskienhallinta: yksikön .* rivit|Yksikön .* rivit) vuodelle/,
    });
  }

  /** One of the unit's goal tables by its kind's name (and priority, for strategy goals). */
  kindTable(kind: string): Locator {
    return this.page.getByRole('table', {
      name: new RegExp(`^${kind}: yksikön .* rivit vuodelle`),
    });
  }

  /** A row of one of the unit's goal tables by its kind's name. */
  kindRow(kind: string, objective: string): Locator {
    return this.kindTable(kind)
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: objective, exact: true }) });
  }

  row(objective: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: objective, exact: true }) });
  }

  /** The status cell of a row (cells after the row header: actions, indicator, owner, deadline, status). */
  statusCell(objective: string): Locator {
    return this.row(objective).getByRole('cell').nth(4);
  }

  dialog(name?: string | RegExp): Locator {
    return name ? this.page.getByRole('dialog', { name }) : this.page.getByRole('dialog');
  }

  async fillRow(values: {
    objective?: string;
    actions?: string;
    indicator?: string;
    owner?: string;
    deadline?: string;
  }) {
    const dialog = this.dialog();
    if (values.objective !== undefined)
      await dialog.getByLabel('Sisäinen valvonta ja riskienhallinta').fill(values.objective);
    if (values.actions !== undefined) await dialog.getByLabel('Toimenpiteet').fill(values.actions);
    if (values.indicator !== undefined) await dialog.getByLabel('Toteutuma').fill(values.indicator);
    if (values.owner !== undefined) await dialog.getByLabel('Vastuuhenkilö').fill(values.owner);
    if (values.deadline !== undefined) await dialog.getByLabel('Määräaika').fill(values.deadline);
  }

  /**
   * Picks the option of a select whose text contains `text`, once it is there: option lists
   * fill from live queries, so reading them at once can see none.
   */
  async chooseOption(selectLabel: string, text: string | RegExp) {
    const select = this.page.getByLabel(selectLabel);
    const option = select.locator('option', { hasText: text }).first();
    await option.waitFor({ state: 'attached' });
    await select.selectOption((await option.getAttribute('value')) ?? '');
  }

  async save() {
    await this.dialog().getByRole('button', { name: 'Tallenna' }).click();
  }
}
