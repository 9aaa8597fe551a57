import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Viestintä ja markkinointi';
const NEW_ROW = 'Palautuksessa katoava rivi';

type BackupJson = {
  format: string;
  organisation: string;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
  [key: string]: unknown;
};

/** Opens a screen from the main navigation; Asetukset is ready when its heading is there. */
const goTo = async (page: Page, link: 'Asetukset' | 'Yksiköt') => {
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: link })
    .click();
  if (link === 'Asetukset') await page.getByRole('heading', { level: 1, name: link }).waitFor();
  else await page.getByRole('navigation', { name: 'Organisaatio' }).waitFor();
};

const backupsSection = (page: Page): Locator => page.getByRole('region', { name: 'Varmuuskopiot' });

/**
 * Clicks "Lataa varmuuskopio" and returns the downloaded file's path and parsed content, and
 * the URLs of the workers started meanwhile (the text is built off the window's thread).
 */
const downloadBackup = async (page: Page) => {
  const workers: string[] = [];
  const onWorker = (worker: { url: () => string }) => workers.push(worker.url());
  page.on('worker', onWorker);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    backupsSection(page).getByRole('button', { name: 'Lataa varmuuskopio' }).click(),
  ]);
  page.off('worker', onWorker);
  const path = await file.path();
  const text = await readFile(path, 'utf8');
  return { file, path, text, json: JSON.parse(text) as BackupJson, workers };
};

const addRow = async (app: ValvoApp, objective: string) => {
  await app.page.getByRole('button', { name: 'Lisää rivi' }).click();
  await app.fillRow({ objective });
  await app.save();
  await app.dialog().waitFor({ state: 'detached' });
  await app.row(objective).waitFor();
};

describe('backups in the browser build', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('downloads a backup, and restoring that file undoes a later change', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await goTo(page, 'Asetukset');
    const section = backupsSection(page);
    await section.getByText(/^Selainversiossa tiedot ovat vain tämän selaimen muistissa/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const backup = await downloadBackup(page);
    expect(backup.file.suggestedFilename()).toBe('valvo-varmuuskopio-2026-06-15-0900.json');
    expect(backup.workers).toEqual([expect.stringMatching(/backupText\.worker.*\.js$/)]);
    expect(backup.json).toMatchObject({
      format: 'valvo-backup',
      organisation: 'Kemijärven kaupunki',
      createdAt: '2026-06-15T06:00:00.000Z',
    });
    expect(backup.json.tables.units!.length).toBeGreaterThan(30);
    await page
      .getByRole('status')
      .getByText(`Varmuuskopio tallennettu: ${backup.file.suggestedFilename()}`)
      .waitFor();

    // A change after the backup.
    await goTo(page, 'Yksiköt');
    await app.openUnit(UNIT);
    await addRow(app, NEW_ROW);

    await goTo(page, 'Asetukset');
    await section.getByLabel('Palauta tiedostosta').setInputFiles(backup.path);
    const dialog = app.dialog('Palautetaanko varmuuskopio?');
    await dialog.waitFor();
    const explanation = (await dialog.textContent()) ?? '';
    expect(explanation).toContain('Varmuuskopio: Kemijärven kaupunki, otettu 15.6.2026 09.00.');
    expect(explanation).toContain('Palautus korvaa kaikki nykyiset tiedot');
    expect(explanation).toContain('lataa ensin varmuuskopio nykyisestä tilasta');
    expect(await seriousViolations(page)).toEqual([]);

    // The dialog offers the current state as a download first, so the restore can be undone.
    const [current] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lataa nykyinen tila ensin' }).click(),
    ]);
    const currentText = await readFile(await current.path(), 'utf8');
    expect(currentText).toContain(NEW_ROW);

    await dialog.getByRole('button', { name: 'Palauta', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .getByText('Varmuuskopio palautettu (otettu 15.6.2026 09.00).')
      .waitFor();

    await goTo(page, 'Yksiköt');
    await app.openUnit(UNIT);
    await app.table.waitFor();
    expect(await app.row(NEW_ROW).count()).toBe(0);

    // The restored data is the backup's, the restore itself recorded on top of its chain.
    await goTo(page, 'Asetukset');
    const after = await downloadBackup(page);
    const events = after.json.tables.auditEvents!;
    expect(events.slice(0, -1)).toEqual(backup.json.tables.auditEvents);
    expect(events.at(-1)).toMatchObject({ op: 'restore', prevHash: backup.json.auditChainHead });
    for (const name of ['units', 'controlActions', 'risks', 'settings', 'planYears']) {
      expect(after.json.tables[name]).toEqual(backup.json.tables[name]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a damaged file: every problem listed in Finnish with its place, nothing changed', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await goTo(page, 'Asetukset');
    const section = backupsSection(page);
    const before = await downloadBackup(page);

    // Wrong types, a 5 MB name and a prototype key: refused before anything is written.
    const damaged = JSON.parse(before.text) as BackupJson;
    const units = damaged.tables.units!;
    units[0]!.name = 12;
    units[1]!.name = 'x'.repeat(5 * 1024 * 1024);
    const text = JSON.stringify(damaged).replace(
      '"tables":{"units":[{',
      '"tables":{"units":[{"__proto__":{"isAdmin":true},',
    );
    await section.getByLabel('Tuo tiedostosta').setInputFiles({
      name: 'vioittunut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const problems = section.getByRole('list', { name: 'Tiedoston ongelmat' });
    await problems.waitFor();
    await section.getByRole('heading', { name: 'Tiedostoa vioittunut.json ei käytetty' }).waitFor();
    expect(await section.getByRole('alert').textContent()).toBe(
      '⚠ Mitään ei muutettu. Tiedostosta löytyi 3 ongelmaa:',
    );
    expect(await problems.getByRole('listitem').allTextContents()).toEqual([
      'tables.units[0].name: Tieto puuttuu tai on väärän muotoinen.',
      'tables.units[1].name: Tieto puuttuu tai on väärän muotoinen.',
      'tables.units[0].__proto__: Kielletty kentän nimi: tiedostoa on muokattu.',
    ]);
    expect(await app.dialog().count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // A truncated file: the place is a line and column.
    await section.getByLabel('Tuo tiedostosta').setInputFiles({
      name: 'katkennut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(before.text.slice(0, 5_000)),
    });
    await section.getByRole('heading', { name: 'Tiedostoa katkennut.json ei käytetty' }).waitFor();
    const truncated = await problems.getByRole('listitem').allTextContents();
    expect(truncated).toHaveLength(1);
    expect(truncated[0]).toMatch(
      /^rivi 1, sarake \d+: Tiedosto ei ole eheää JSON-tekstiä: se on katkennut tai muuttunut\./,
    );

    // Many problems: 50 listed, the rest counted, the whole list can be saved.
    const many = JSON.parse(before.text) as BackupJson;
    for (const event of many.tables.auditEvents!) event.actor = 7;
    const total = Math.min(many.tables.auditEvents!.length, 200);
    await section.getByLabel('Tuo tiedostosta').setInputFiles({
      name: 'monta-virhettä.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(many)),
    });
    await section
      .getByRole('heading', { name: 'Tiedostoa monta-virhettä.json ei käytetty' })
      .waitFor();
    expect(await problems.getByRole('listitem').count()).toBe(50);
    await section.getByText(`Lisäksi ${total - 50} muuta ongelmaa.`, { exact: false }).waitFor();
    const [list] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Tallenna ongelmaluettelo' }).click(),
    ]);
    const listText = await readFile(await list.path(), 'utf8');
    expect(listText.split('\n').filter((line) => line.startsWith('tables.'))).toHaveLength(total);
    expect(await seriousViolations(page)).toEqual([]);

    // Nothing changed: a new backup holds exactly what the first one did.
    const after = await downloadBackup(page);
    expect(after.json.tables).toEqual(before.json.tables);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a file from another copy of the register; a second import changes nothing', async () => {
    // Two browsers holding the same register: the second restores the first one's backup.
    const first = await openApp(browser);
    const firstApp = new ValvoApp(first.page);
    await firstApp.firstRunWithExample();
    await goTo(first.page, 'Asetukset');
    const shared = await downloadBackup(first.page);

    const second = await openApp(browser);
    const secondApp = new ValvoApp(second.page);
    await secondApp.firstRunWithExample();
    await goTo(second.page, 'Asetukset');
    const section = backupsSection(second.page);
    await section.getByLabel('Palauta tiedostosta').setInputFiles(shared.path);
    const restore = secondApp.dialog('Palautetaanko varmuuskopio?');
    await restore.getByRole('button', { name: 'Palauta', exact: true }).click();
    await restore.waitFor({ state: 'detached' });

    // The first adds a row and sends its file.
    await goTo(first.page, 'Yksiköt');
    await firstApp.openUnit(UNIT);
    await addRow(firstApp, 'Tuotava rivi');
    await goTo(first.page, 'Asetukset');
    const theirs = await downloadBackup(first.page);

    const importFile = async () => {
      await section.getByLabel('Tuo tiedostosta').setInputFiles(theirs.path);
      const dialog = secondApp.dialog('Tuodaanko tiedoston tiedot?');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('Uudet tiedot lisätään');
      expect(await seriousViolations(second.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Tuo', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await importFile();
    await second.page
      .getByRole('status')
      .getByText(/^Tuonti valmis: 1 uutta, 0 päivitettyä, \d+ ennallaan, 0 ristiriitaa/)
      .waitFor();
    const once = await downloadBackup(second.page);
    expect(once.json.tables.controlActions).toEqual(theirs.json.tables.controlActions);

    await importFile();
    await second.page
      .getByRole('status')
      .getByText(/^Tuonti valmis: 0 uutta, 0 päivitettyä, \d+ ennallaan, 0 ristiriitaa/)
      .waitFor();
    const twice = await downloadBackup(second.page);
    expect(twice.json.tables).toEqual(once.json.tables);

    await goTo(second.page, 'Yksiköt');
    await secondApp.openUnit(UNIT);
    await secondApp.row('Tuotava rivi').waitFor();
    expect([...first.errors, ...second.errors]).toEqual([]);
    await first.context.close();
    await second.context.close();
  });
});
