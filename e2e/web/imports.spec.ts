import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, windows1252Bytes } from '../../shared/files/bytes.test-support';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';
import type { Csv } from './pages/rowFiles';
import { column, csvFile, download, parseCsv, summary, writeCsv } from './pages/rowFiles';

const PARENT = 'Elinkeino- ja työllisyyspalvelut';
const FILE_LABEL = 'Tuo rivejä (CSV tai Excel)';
const NEW_ROW = {
  objective: 'Tuotu rivi: hankintojen "kilpailutus"; tarkistus',
  owner: 'Äijö Öljynen',
  deadline: '30.11.2026',
  status: 'Käynnissä',
};
const NEW_OWNER = 'Muutettu Omistaja';
/** The export's Taulukko value of an internal-control row (the unit page's `app.table`). */
const INTERNAL_CONTROL = 'Sisäinen valvonta ja riskienhallinta';

describe('importing rows in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports an edited CSV export once, explains a broken file, and reads an XLSX back unchanged', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(PARENT);
    const exports = page.getByRole('region', { name: 'Vie tiedot' });
    const imports = page.getByRole('region', { name: 'Tuo rivejä' });
    const input = imports.getByLabel(FILE_LABEL);
    await exports.getByText(`Yksikkö ${PARENT} alayksiköineen`).waitFor();

    // The CSV export, edited as a user would: one owner changed, one row added, the rest kept.
    const exported = parseCsv(
      await download(page, () => exports.getByRole('button', { name: 'Vie CSV' }).click()),
    );
    const count = exported.rows.length;
    expect(count).toBeGreaterThanOrEqual(2);
    const unitColumn = column(exported, 'Yksikkö');
    const objectiveColumn = column(exported, 'Sisäinen valvonta ja riskienhallinta');
    const ownerColumn = column(exported, 'Vastuuhenkilö');
    const kindColumn = column(exported, 'Taulukko');
    // The export carries the unit's goal rows too; the owner changed is on an internal-control row.
    const changedIndex = exported.rows.findIndex(
      (row) => row[unitColumn] === PARENT && row[kindColumn] === INTERNAL_CONTROL,
    );
    expect(changedIndex).toBeGreaterThanOrEqual(0);
    const changedObjective = exported.rows[changedIndex]![objectiveColumn]!;
    const added: string[] = exported.header.map((name) => {
      const values: Record<string, string> = {
        Yksikkö: PARENT,
        Vuosi: '2026',
        Taulukko: INTERNAL_CONTROL,
        'Sisäinen valvonta ja riskienhallinta': NEW_ROW.objective,
        Vastuuhenkilö: NEW_ROW.owner,
        Määräaika: NEW_ROW.deadline,
        Tila: NEW_ROW.status,
      };
      return values[name] ?? '';
    });
    const edited: Csv = {
      header: exported.header,
      rows: [
        ...exported.rows.map((row, index) =>
          index === changedIndex
            ? row.map((cell, at) => (at === ownerColumn ? NEW_OWNER : cell))
            : row,
        ),
        added,
      ],
    };
    const editedFile = writeCsv(edited);

    await input.setInputFiles(csvFile(editedFile));
    await summary(imports, 1, 1, count - 1);
    expect(
      await imports
        .getByRole('list', { name: 'Muutokset' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual([`Rivi ${changedIndex + 2}: muuttuu Vastuuhenkilö`, `Rivi ${count + 2}: uusi rivi`]);
    await imports.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByText('Tuonti valmis: uusia rivejä 1, muutettuja 1.').waitFor();
    await app.row(NEW_ROW.objective).waitFor();
    expect(await app.row(NEW_ROW.objective).getByRole('cell').nth(2).textContent()).toBe(
      NEW_ROW.owner,
    );
    expect(await app.row(NEW_ROW.objective).getByRole('cell').nth(3).textContent()).toBe(
      NEW_ROW.deadline,
    );
    expect(await app.row(changedObjective).getByRole('cell').nth(2).textContent()).toBe(NEW_OWNER);

    // The same file again changes nothing.
    await input.setInputFiles(csvFile(editedFile));
    await summary(imports, 0, 0, count + 1);
    await imports.getByText('Tiedoston rivit vastaavat jo rekisteriä: tuotavaa ei ole.').waitFor();
    expect(await imports.getByRole('button', { name: 'Tuo', exact: true }).count()).toBe(0);
    await imports.getByRole('button', { name: 'Sulje' }).click();

    // A broken file: every error listed by row and column, and nothing written.
    const before = await download(page, () =>
      exports.getByRole('button', { name: 'Vie CSV' }).click(),
    );
    const current = parseCsv(before);
    const deadlineColumn = column(current, 'Määräaika');
    const statusColumn = column(current, 'Tila');
    const broken: Csv = {
      header: current.header,
      rows: [
        ...current.rows.map((row, index) =>
          row.map((cell, at) => {
            if (index === 0 && at === deadlineColumn) return '31.13.2026';
            if (index === 1 && at === statusColumn) return 'Valmis';
            return cell;
          }),
        ),
        added.map((cell, at) => (at === unitColumn ? 'Tuntematon yksikkö' : cell)),
      ],
    };
    const brokenLine = `${PARENT};;2026;"Avoin lainaus; ilman loppua;;;;;Ei aloitettu;;;;\r\n`;
    await input.setInputFiles(csvFile(writeCsv(broken, brokenLine), 'rikki.csv'));
    const errorList = imports.getByRole('list', { name: 'Virheet' });
    await errorList.waitFor();
    const rows = current.rows.length;
    expect(await errorList.getByRole('listitem').allTextContents()).toEqual([
      'Rivi 2, sarake Määräaika: Päivämäärä ei kelpaa. Kirjoita muodossa p.k.vvvv, esim. 30.9.2026.',
      'Rivi 3, sarake Tila: Tila ei kelpaa. Käytä jotakin näistä: Ei aloitettu, Käynnissä, Toteutunut, Osittain toteutunut, Ei toteutunut, Siirtyy seuraavalle vuodelle, Peruttu.',
      `Rivi ${rows + 2}, sarake Yksikkö: Yksikköä ei löydy tästä yksiköstä eikä sen alayksiköistä. Kirjoita yksikön nimi täsmälleen kuten rekisterissä.`,
      `Rivi ${rows + 3}, sarake Sisäinen valvonta ja riskienhallinta: Lainausmerkillä alkava kenttä ei pääty lainausmerkkiin, joten loppu tiedostosta luettiin tämän kentän osaksi. Tarkista lainausmerkit.`,
    ]);
    await imports
      .getByText(
        'Tiedostosta löytyi 4 virhettä. Mitään ei tuotu. Korjaa virheet ja tuo tiedosto uudelleen.',
      )
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Tiedostossa rikki.csv on virheitä');
    expect(await seriousViolations(page)).toEqual([]);
    const after = await download(page, () =>
      exports.getByRole('button', { name: 'Vie CSV' }).click(),
    );
    expect(after.equals(before)).toBe(true);
    await imports.getByRole('button', { name: 'Sulje' }).click();

    // The XLSX export read back: every row unchanged.
    const xlsx = await download(page, () =>
      exports.getByRole('button', { name: 'Vie Excel (XLSX)' }).click(),
    );
    await input.setInputFiles({
      name: 'rekisteri.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsx,
    });
    await summary(imports, 0, 0, count + 1);
    await imports.getByText('Tiedoston rivit vastaavat jo rekisteriä: tuotavaa ei ole.').waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives a file that is not a CSV it can read one message, and reads an old Excel CSV', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(PARENT);
    const exports = page.getByRole('region', { name: 'Vie tiedot' });
    const imports = page.getByRole('region', { name: 'Tuo rivejä' });
    const input = imports.getByLabel(FILE_LABEL);
    await exports.getByText(`Yksikkö ${PARENT} alayksiköineen`).waitFor();
    const exportCsv = () =>
      download(page, () => exports.getByRole('button', { name: 'Vie CSV' }).click());
    const before = await exportCsv();
    const header = parseCsv(before).header;

    const text = (rows: string[][]) =>
      `${[header, ...rows].map((row) => row.join(';')).join('\r\n')}\r\n`;
    const refused = [
      {
        file: csvFile(Buffer.from(randomBytes(2 * 1024 * 1024)), 'satunnainen.csv'),
        message:
          'Tiedosto ei ole CSV-tiedosto, jota tuonti voi lukea: siinä on muuta kuin tekstiä. Valitse viennin muotoinen CSV-tiedosto (.csv) tai Excel-tiedosto (.xlsx).',
      },
      {
        file: {
          name: 'satunnainen.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: Buffer.from(randomBytes(100_000)),
        },
        message: 'Tiedoston nimi päättyy .xlsx, mutta se ei ole Excel-työkirja.',
      },
      { file: csvFile(Buffer.alloc(0), 'tyhja.csv'), message: 'Tiedosto on tyhjä' },
      {
        file: csvFile(
          Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text([]), 'utf16le')]),
          'unicode.csv',
        ),
        message: 'Tiedosto on tallennettu UTF-16-merkistöllä',
      },
    ];
    for (const { file, message } of refused) {
      await input.setInputFiles(file);
      const alert = imports.getByRole('alert');
      await alert.getByText(message).waitFor();
      expect(await alert.count()).toBe(1);
      expect(await alert.textContent()).toMatch(/^⚠ Tiedostoa ei tuotu\. /);
      expect(await imports.getByRole('list', { name: 'Virheet' }).count()).toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect((await exportCsv()).equals(before)).toBe(true);

    // Finnish Excel's own "CSV (erotin: puolipiste)": Windows-1252, "ä" as the byte 0xE4.
    const objective = 'Sisäinen valvonta: hankintojen ”kilpailutus” – yli 5 000 €';
    const row = header.map(
      (name) =>
        ({
          Yksikkö: PARENT,
          Vuosi: '2026',
          'Sisäinen valvonta ja riskienhallinta': objective,
          Vastuuhenkilö: 'Äijö Öljynen',
          Tila: 'Käynnissä',
        })[name] ?? '',
    );
    const old = windows1252Bytes(text([row]));
    expect(old.includes(0xe4)).toBe(true);
    await input.setInputFiles(csvFile(Buffer.from(old), 'vanha-excel.csv'));
    await summary(imports, 1, 0, 0);
    await imports
      .getByText('Tiedosto luettiin Windows-1252-merkistöllä (vanhemman Excelin CSV-tiedosto).')
      .waitFor();
    await imports.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByText('Tuonti valmis: uusia rivejä 1, muutettuja 0.').waitFor();
    await app.row(objective).waitFor();
    expect(await app.row(objective).getByRole('cell').nth(2).textContent()).toBe('Äijö Öljynen');

    expect(errors).toEqual([]);
    await context.close();
  });
});
