import type { Locator, Page } from 'playwright-core';

/**
 * Page model of the controller's "Yhdistä palautettu paketti" screen and the merge report.
 * Steps by role and Finnish label.
 */
export class MergePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Yhdistä paketti' })
      .click();
    await this.page
      .getByRole('heading', { level: 1, name: 'Yhdistä palautettu paketti' })
      .waitFor();
  }

  async chooseFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Palautettu paketti (.json)').setInputFiles(file);
  }

  preview(unit: string, year: number): Locator {
    return this.page.getByRole('region', { name: `Esikatselu: ${unit}, ${year}` });
  }

  /** The value a summary count shows, e.g. count('Ristiriidat'). */
  async count(name: string): Promise<string | null> {
    return this.page
      .locator('.merge-counts__item')
      .filter({ has: this.page.getByRole('term').filter({ hasText: name }) })
      .getByRole('definition')
      .textContent();
  }

  /** The radio group that resolves one conflicting field, e.g. choice('Toimenpiteet'). */
  choice(fieldLabel: string): Locator {
    return this.page.getByRole('group', { name: `Valinta: ${fieldLabel}` });
  }

  mergeButton(): Locator {
    return this.page.getByRole('button', { name: /^Yhdistä/ });
  }

  /** "Yhdistä", then the merge report it opens. */
  async merge(unit: string, year: number) {
    await this.mergeButton().click();
    await this.page
      .getByRole('heading', { level: 1, name: `Yhdistämisraportti: ${unit}, ${year}` })
      .waitFor();
  }

  async openPrintView() {
    await this.page.getByRole('link', { name: 'Tulostusnäkymä' }).click();
    await this.page.getByRole('button', { name: 'Tulosta' }).waitFor();
    await this.page.waitForFunction(() => document.documentElement.dataset.printReady === 'true');
  }

  get history(): Locator {
    return this.page.getByRole('region', { name: 'Aiemmat yhdistämiset' });
  }
}
