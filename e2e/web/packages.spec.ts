import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { PackagesPage } from './pages/PackagesPage';
import { ValvoApp } from './pages/ValvoApp';
import { issueExamplePackage, openPackageAsManager } from './pages/packageExchange';

const UNIT = 'Viestintä ja markkinointi';
const ROW = 'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.';
const MANAGER = 'Eero Esihenkilö';

type PackageFile = {
  kind: string;
  packageId: string;
  base: unknown;
  records: { controlActions: { objective: string; owner: string }[] };
  auditEvents: { entity: string; op: string; actor: string }[];
};

/**
 * The controller and the unit manager are two people with two Valvos: two browser contexts, each
 * with its own IndexedDB. The package travels between them as a downloaded file.
 */
describe('unit packages between a controller and a unit manager', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports a package, opens it in another Valvo, edits a row and writes the return', async () => {
    const { controller, packagePath, fileName } = await issueExamplePackage(browser, {
      area: UNIT,
      issuedTo: MANAGER,
    });
    expect(fileName).toBe('viestinta-ja-markkinointi-2026.valvo-paketti.json');
    const issuedText = await readFile(packagePath, 'utf8');
    const issuedFile = JSON.parse(issuedText) as PackageFile;
    const issuing = new PackagesPage(controller.page);
    await issuing.issuedTable.getByRole('rowheader', { name: UNIT }).waitFor();
    expect(await issuing.issuedTable.locator('tbody tr').first().textContent()).toContain(
      'Odottaa palautusta',
    );
    expect(await seriousViolations(controller.page)).toEqual([]);

    const manager = await openApp(browser);
    const app = new ValvoApp(manager.page);
    const unitSide = new PackagesPage(manager.page);
    await app.createProfile(MANAGER, 'unitManager');
    await manager.page.getByRole('heading', { name: 'Avaa yksikköpaketti' }).waitFor();

    // A package edited by hand is refused with its place in the file, and nothing starts.
    await unitSide.openFile({
      name: 'muokattu.valvo-paketti.json',
      mimeType: 'application/json',
      buffer: Buffer.from(issuedText.replace(`"${MANAGER}"`, '"Joku muu"')),
    });
    const refusal = manager.page.getByRole('region', {
      name: 'Tiedostoa muokattu.valvo-paketti.json ei avattu',
    });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Kohta contentSha256');
    expect(await manager.page.getByRole('button', { name: 'Lataa esimerkki' }).count()).toBe(1);

    await unitSide.openFile(packagePath);
    await manager.page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
    expect(await unitSide.banner.textContent()).toContain(
      `Yksikköpaketti: ${UNIT}, 2026 — annettu ${MANAGER}`,
    );
    const nav = manager.page.getByRole('navigation', { name: 'Päävalikko' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Rivit ja riskit',
      'Riskikartta',
      'Yksikön yhteenveto',
      'Asetukset',
      'Profiili',
      'Tietoja',
    ]);
    // Pages of the whole register lead back to the unit.
    await manager.page.goto(manager.page.url().replace(/#.*$/, '#/years'));
    await manager.page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
    await expect.poll(() => app.table.getByRole('rowheader').count()).toBe(3);
    expect(await seriousViolations(manager.page)).toEqual([]);

    await app.row(ROW).getByRole('button', { name: 'Muokkaa' }).click();
    await app.fillRow({ owner: MANAGER });
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    await expect.poll(() => app.row(ROW).getByRole('cell').nth(2).textContent()).toBe(MANAGER);

    const returned = await unitSide.returnPackage();
    expect(returned.suggestedFilename()).toBe(
      'viestinta-ja-markkinointi-2026-palautus.valvo-paketti.json',
    );
    const returnFile = JSON.parse(await readFile(await returned.path(), 'utf8')) as PackageFile;
    expect(returnFile.kind).toBe('return');
    expect(returnFile.packageId).toBe(issuedFile.packageId);
    expect(returnFile.base).toEqual(issuedFile.base);
    expect(returnFile.records.controlActions.find((row) => row.objective === ROW)?.owner).toBe(
      MANAGER,
    );
    expect(returnFile.auditEvents.map((event) => [event.entity, event.op, event.actor])).toEqual([
      ['controlAction', 'update', MANAGER],
    ]);
    await unitSide.banner.getByText(/^Viimeksi palautettu/).waitFor();

    expect(controller.errors).toEqual([]);
    expect(manager.errors).toEqual([]);
    await controller.context.close();
    await manager.context.close();
  });

  it('asks before a later package replaces the open one, offering a backup in the browser', async () => {
    const { controller, packagePath } = await issueExamplePackage(browser, {
      area: UNIT,
      issuedTo: MANAGER,
    });
    const manager = await openPackageAsManager(browser, { packagePath, name: MANAGER, unit: UNIT });
    await manager.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Asetukset' })
      .click();
    await manager.page.getByRole('heading', { level: 2, name: 'Avaa yksikköpaketti' }).waitFor();
    await new PackagesPage(manager.page).openFile(packagePath);
    const dialog = manager.page.getByRole('dialog', { name: 'Korvataanko avoinna oleva paketti?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Avoinna olevaa pakettia ei ole palautettu.');
    const [backup] = await Promise.all([
      manager.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa varmuuskopio' }).click(),
    ]);
    expect(backup.suggestedFilename()).toMatch(/^valvo-varmuuskopio-.*\.json$/);
    expect(await seriousViolations(manager.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Avaa paketti' }).click();
    await manager.page.getByText(`Yksikköpaketti avattu: ${UNIT}, 2026.`).waitFor();
    await dialog.waitFor({ state: 'detached' });

    expect(manager.errors).toEqual([]);
    await controller.context.close();
    await manager.context.close();
  });
});
