import type { Download, Locator, Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Page model of unit packages: the controller's Yksikköpaketit screen, and the unit manager's
 * side (opening a package, the package banner and its return). Steps by role and Finnish label.
 */
export class PackagesPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Yksikköpaketit' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Yksikköpaketit' }).waitFor();
  }

  async expand(unitName: string) {
    await this.page.getByRole('button', { name: `Näytä alayksiköt: ${unitName}` }).click();
  }

  /** Ticks a unit (kind as the tree names it, e.g. 'Vastuualue') and sets who it is issued to. */
  async select(unitName: string, kind: string, issuedTo?: string) {
    // Chromium may put a space before the visually hidden ", kind".
    const name = new RegExp(`^${escapeRegExp(unitName)}\\s*,\\s*${kind}$`);
    await this.page.getByRole('checkbox', { name }).check();
    if (issuedTo !== undefined)
      await this.page
        .getByRole('textbox', { name: new RegExp(`^Annettu\\s*:\\s*${escapeRegExp(unitName)}$`) })
        .fill(issuedTo);
  }

  /** "Vie paketit": the file (or ZIP) the browser downloads. */
  async export(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Vie paketit' }).click(),
    ]);
    return download;
  }

  get issuedTable(): Locator {
    return this.page.getByRole('table', { name: /^Vuoden \d{4} annetut yksikköpaketit$/ });
  }

  /** The unit manager's file picker, on the first run or in Asetukset. */
  async openFile(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.getByLabel('Yksikköpaketin tiedosto').setInputFiles(file);
  }

  get banner(): Locator {
    return this.page.getByRole('region', { name: 'Avoinna oleva yksikköpaketti' });
  }

  /** "Palauta paketti": the return file the browser downloads. */
  async returnPackage(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.banner.getByRole('button', { name: 'Palauta paketti' }).click(),
    ]);
    return download;
  }
}
