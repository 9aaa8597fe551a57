import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../shared/print/hyphenation';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

// Script payloads typed into every free-text field: each would set window.__xss (or open an
// alert) if the app ever rendered user text as markup or evaluated it as a template.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">avaa</a>',
  'javascript:window.__xss=1',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<svg onload=window.__xss=1>',
  '\'><iframe srcdoc="<script>parent.__xss=1</script>">',
  '<img src=x onerror=alert(1)>',
];
const hostile = (field: string, index: number) => `${field} ${PAYLOADS[index % PAYLOADS.length]}`;
const PARENT = 'Elinkeino- ja työllisyyspalvelut';

type Violation = { directive: string; blocked: string; sample: string; source: string };
type Watch = { page: Page; dialogs: string[]; errors: string[]; context: BrowserContext };

/** Opens the app with a tripwire for executed payloads and a log of CSP violations. */
const openWatched = async (browser: Browser): Promise<Watch> => {
  const { page, context, errors } = await openApp(browser);
  await context.addInitScript(() => {
    const w = window as unknown as { __xss: number; __violations: Violation[] };
    w.__xss = 0;
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.__violations.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      }),
    );
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.reload();
  return { page, context, dialogs, errors };
};

const xssFlag = (page: Page) => page.evaluate<number>('window.__xss');
const violations = (page: Page) => page.evaluate<Violation[]>('window.__violations');
/** Elements only a rendered payload could have created. */
const injectedElements = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelectorAll(
        'img[src="x"], script:not([src]), iframe, [onerror], [onload], a[href^="javascript:" i]',
      ).length,
  );
/** The page's text; printed reports' soft hyphens taken out. */
const bodyText = async (page: Page) => withoutSoftHyphens(await page.locator('body').innerText());

/** Nothing ran, nothing was injected, and the CSP had nothing to block. */
const expectNothingExecuted = async ({ page, dialogs, errors }: Watch) => {
  expect(await xssFlag(page)).toBe(0);
  expect(await injectedElements(page)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
};

/** Every free-text field of a form (date fields take digits only), each with its own payload. */
const fillEveryTextField = async (form: Locator, prefix: string): Promise<string[]> => {
  const fields = form.locator('textarea, input[type="text"]:not([inputmode="numeric"])');
  // A dialog on a stored record shows its form once the record is read.
  await fields.first().waitFor();
  const count = await fields.count();
  expect(count, prefix).toBeGreaterThan(0);
  const texts: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const text = hostile(`${prefix}${index + 1}`, index);
    await fields.nth(index).fill(text);
    texts.push(text);
  }
  return texts;
};

/** The payloads appear as the very characters typed, not as markup and not escaped twice. */
const expectShownLiterally = async (page: Page, texts: string[]) => {
  for (const text of texts)
    await expect.poll(() => bodyText(page), { message: text }).toContain(text);
};

describe('script payloads in user text (Chromium, production CSP)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('profile, unit, row and progress note show payloads as text and run none', async () => {
    const watch = await openWatched(browser);
    const { page } = watch;
    const app = new ValvoApp(page);
    const name = hostile('Nimi', 0);
    await app.createProfile(name);
    await app.loadExample();
    await expectShownLiterally(page, [name]);

    await app.openUnit(PARENT);
    await page
      .getByRole('region', { name: 'Yksiköt' })
      .getByRole('button', { name: 'Lisää alayksikkö' })
      .click();
    const unitTexts = await fillEveryTextField(app.dialog(/Uusi alayksikkö/), 'Yksikkö');
    await app.save();
    await page.getByRole('heading', { level: 1, name: unitTexts[0] }).waitFor();
    await expectShownLiterally(page, unitTexts);

    await page.getByRole('button', { name: 'Lisää rivi' }).click();
    const rowTexts = await fillEveryTextField(app.dialog(), 'Rivi');
    await app.fillRow({ deadline: '30.11.2026' });
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    await app.row(rowTexts[0]!).waitFor();
    await expectShownLiterally(page, rowTexts);

    await app.row(rowTexts[0]!).getByRole('button', { name: 'Päivitä tila' }).click();
    const noteTexts = await fillEveryTextField(app.dialog(), 'Merkintä');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });

    // The change log shows every old and new value, the profile name as the actor; the
    // newest event (the note) folds long text away until asked.
    await page.getByRole('link', { name: 'Muutosloki' }).click();
    await page.getByText('Näytä koko teksti').first().click();
    await expectShownLiterally(page, [name, ...unitTexts, ...rowTexts, ...noteTexts]);
    await expectNothingExecuted(watch);
    await watch.context.close();
  });

  it('risk, assessment rationale and the §115 statement show payloads as text and run none', async () => {
    const watch = await openWatched(browser);
    const { page } = watch;
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(PARENT);

    await page.getByRole('button', { name: 'Lisää riski' }).click();
    const riskTexts = await fillEveryTextField(app.dialog('Uusi riski'), 'Riski');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });
    const title = riskTexts[0]!;
    const riskRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
    await riskRow.getByRole('button', { name: 'Arvioi' }).click();
    const assessment = app.dialog(/^Arvioi riski/);
    await assessment.getByLabel('Todennäköisyys').selectOption('2');
    await assessment.getByLabel('Vaikutus').selectOption('3');
    await assessment.getByLabel('Arviointipäivä').fill('1.3.2026');
    const assessmentTexts = await fillEveryTextField(assessment, 'Arvio');
    await app.save();
    await assessment.waitFor({ state: 'detached' });

    await riskRow.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectShownLiterally(page, [...riskTexts, ...assessmentTexts]);

    await page.getByRole('link', { name: 'Raportit' }).click();
    await page.getByLabel('Raportti').selectOption({ label: 'Tarkastuslautakunnalle' });
    await app.chooseOption('Rajaus', /Konserni- ja elinvoimapalvelut/);
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
    const statement = PAYLOADS.map((payload, index) => `Kappale ${index + 1} ${payload}`);
    await page.getByLabel('Lausuman teksti').fill(statement.join('\n\n'));
    await page.getByRole('button', { name: 'Tallenna lausuma' }).click();
    await page.getByRole('status').getByText('Lausuma tallennettu.').waitFor();
    await page.reload();
    await page.locator('html[data-print-ready="true"]').waitFor();
    await expectShownLiterally(page, [...statement, title]);
    await expectNothingExecuted(watch);
    await watch.context.close();
  });

  it('a CSV import shows payloads as text, and the CSP blocks what slips past React', async () => {
    const watch = await openWatched(browser);
    const { page } = watch;
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(PARENT);
    const exports = page.getByRole('region', { name: 'Vie tiedot' });
    const imports = page.getByRole('region', { name: 'Tuo rivejä' });
    await exports.getByText(`Yksikkö ${PARENT} alayksiköineen`).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: 'Vie CSV' }).click(),
    ]);
    const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const [header = []] = Papa.parse<string[]>(text, { delimiter: ';' }).data;

    const texts: Record<string, string> = {
      'Sisäinen valvonta ja riskienhallinta': hostile('Tuotu1', 0),
      Toimenpiteet: hostile('Tuotu2', 1),
      Toteutuma: hostile('Tuotu3', 2),
      Vastuuhenkilö: hostile('Tuotu4', 4),
    };
    const fixed: Record<string, string> = { Yksikkö: PARENT, Vuosi: '2026', Tila: 'Käynnissä' };
    const csv = (values: Record<string, string>) =>
      Buffer.from(
        `\uFEFF${Papa.unparse([header, header.map((column) => values[column] ?? '')], {
          delimiter: ';',
          newline: '\r\n',
        })}\r\n`,
      );
    const input = imports.getByLabel('Tuo rivejä (CSV tai Excel)');

    // A broken file first: an unknown unit whose name is a payload, in a file named like one.
    await input.setInputFiles({
      name: `${PAYLOADS[7]}.csv`,
      mimeType: 'text/csv',
      buffer: csv({ ...fixed, ...texts, Yksikkö: hostile('Yksikkö', 0) }),
    });
    await imports.getByRole('list', { name: 'Virheet' }).waitFor();
    await expectShownLiterally(page, [`Tiedostossa ${PAYLOADS[7]}.csv on virheitä`]);
    expect(await xssFlag(page)).toBe(0);

    await input.setInputFiles({
      name: 'rivit.csv',
      mimeType: 'text/csv',
      buffer: csv({ ...fixed, ...texts }),
    });
    await imports.getByText('Rivejä: uusia 1, muuttuu 0, ennallaan 0.').waitFor();
    await imports.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByText('Tuonti valmis: uusia rivejä 1, muutettuja 0.').waitFor();
    await app.row(texts['Sisäinen valvonta ja riskienhallinta']!).waitFor();
    await expectShownLiterally(page, Object.values(texts));
    await expectNothingExecuted(watch);

    // The second line of defence: markup injected past React is stopped by the CSP header.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.innerHTML = '<img src="x" onerror="window.__xss=1">';
      const script = document.createElement('script');
      script.textContent = 'window.__xss = 2';
      document.body.append(probe, script);
    });
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive).sort())
      .toEqual(['script-src-attr', 'script-src-elem']);
    expect(await xssFlag(page)).toBe(0);
    expect(await injectedElements(page)).toBe(2);
    expect(watch.dialogs).toEqual([]);
    await watch.context.close();
  });
});
