import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fi } from '../../renderer/i18n/fi';
import * as exampleOrganisation from '../../shared/example/kemijarvi-2026';
import * as exampleGoals from '../../shared/example/kemijarvi-2026-goals';
import {
  KEMIJARVI_2026_GOALS,
  STRATEGY_PRIORITIES_2026,
} from '../../shared/example/kemijarvi-2026-goals';
import * as exampleRisks from '../../shared/example/kemijarvi-risks';
import * as riskPresets from '../../shared/risk-presets';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { docxParagraphs } from '../support/docx';
import { closeOffice, officeToPdf } from '../support/office';
import { printPdf, squash } from '../support/pdf';
import { brokenWords, headingsAtFoot, vocabularyOf } from '../support/pdf-checks';
import { printFaults } from '../support/pdf-words';
import type { GoalSpec } from './pages/goalRows';
import { addGoal, addPriority } from './pages/goalRows';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Viestintä ja markkinointi';
const PRIORITY = 'TAPAHTUMAT JA VIESTINTÄ';
const SECTION = 'Toiminnallisten tavoitteiden toteutuminen';
const STRATEGY_TABLE = `Strategiset tavoitteet: ${PRIORITY}`;
const REASON = 'Pisteet nousivat, mutta kaksi sähköistä palvelua puuttuu vielä.';
const AUDIT_TITLE = 'Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle';

const GOALS: GoalSpec[] = [
  {
    kind: 'Strategiset tavoitteet',
    priority: PRIORITY,
    objectiveLabel: 'Tavoite',
    objective: 'Kaupungin tapahtumat tavoittavat uusia kävijöitä',
    indicators: [
      {
        text: 'Tapahtumien kävijämäärä',
        type: 'Luku',
        fields: { Yksikkö: 'henkilöä', Lähtötaso: '2 000', Tavoite: '3 000' },
        actual: '2 400',
      },
      {
        text: 'Tapahtumakalenteri julkaistu',
        type: 'Kyllä/ei',
        fields: { Tavoite: 'kyllä' },
        actual: 'kyllä',
      },
    ],
  },
  {
    kind: 'Muut tavoitteet',
    objectiveLabel: 'Toiminnalliset tavoitteet ja painopisteet',
    objective: 'Verkkopalvelujen saavutettavuus paranee',
    indicators: [
      {
        text: 'Saavutettavuusarvion pisteet',
        type: 'Prosentti',
        fields: { Tavoite: '90' },
        actual: '92',
      },
    ],
    override: { judgement: 'Osittain toteutunut', reason: REASON },
  },
  {
    kind: 'Tuottavuustoimenpiteet ja -hankkeet',
    objectiveLabel: 'Tuottavuustoimenpide / Hanke',
    objective: 'Painotuotteet korvataan sähköisillä julkaisuilla',
  },
];

/**
 * The unit's goal groups in the budget's order: the example's strategy goals under the example's
 * priorities, then the spec's under the priority it adds (the last one), then the other goals and
 * the productivity measures, the example's and the spec's in one group each.
 */
const exampleTables = KEMIJARVI_2026_GOALS[UNIT]!;
const GROUPS = [
  ...STRATEGY_PRIORITIES_2026.filter((priority) =>
    exampleTables.some((table) => table.kind === 'strategyGoal' && table.priority === priority),
  ).map((priority) => `Strategiset tavoitteet: ${priority}`),
  STRATEGY_TABLE,
  'Muut tavoitteet',
  'Tuottavuustoimenpiteet ja -hankkeet',
];

const WORDS = vocabularyOf(
  fi,
  exampleOrganisation,
  exampleGoals,
  exampleRisks,
  riskPresets,
  GOALS,
  PRIORITY,
  'Maija Meikäläinen',
);

/** The pack's summary total of planned rows (internal control only). */
const plannedTotal = async (page: Page) =>
  page
    .getByRole('table', { name: 'Yhteenveto toimialoittain ja vastuualueittain' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Yhteensä' }) })
    .getByRole('cell')
    .first()
    .textContent();

/**
 * The activity report's goal section, from goals made in the row dialog to the printed pack and
 * its Word export: a strategy goal under its priority judged partly met by the rule, another goal
 * judged otherwise with a reason, and a productivity measure with no indicator and no outcome
 * yet. The internal-control summary does not count the goals.
 */
describe('Toiminnallisten tavoitteiden toteutuminen in the audit committee pack', () => {
  let browser: Browser;
  let page: Page;
  let app: ValvoApp;
  let work = '';
  let plannedBefore: string | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(join(tmpdir(), 'valvo-goal-outcomes-'));
    ({ page } = await openApp(browser));
    app = new ValvoApp(page);
    await app.firstRunWithExample();
    await openPack(page);
    plannedBefore = await plannedTotal(page);
    await page.getByRole('link', { name: 'Takaisin' }).click();
    await addPriority(app, PRIORITY);
    await page.getByRole('link', { name: 'Yksiköt' }).click();
    await app.openUnit(UNIT);
    for (const goal of GOALS) await addGoal(app, goal);
    await openPack(page);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
    closeOffice();
  });

  const openPack = async (on: Page) => {
    await on.getByRole('link', { name: 'Raportit' }).click();
    await on.getByLabel('Raportti').selectOption({ label: 'Tarkastuslautakunnalle' });
    await app.chooseOption('Rajaus', /Kemijärven kaupunki/);
    await on.getByRole('link', { name: 'Esikatsele' }).click();
    await on.locator('html[data-print-ready="true"]').waitFor();
  };

  const unitPart = () =>
    page.locator('#report-goalOutcomes').getByRole('region', { name: new RegExp(`› ${UNIT}$`) });

  const cells = (table: string, header: string) =>
    unitPart()
      .getByRole('table', { name: table, exact: true })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
      .getByRole('cell')
      .allInnerTexts();

  it('shows each goal with its indicators, target, actual and judgement, in the budget order', async () => {
    expect(await plannedTotal(page)).toBe(plannedBefore);
    await page.getByRole('heading', { level: 2, name: SECTION }).waitFor();
    const groups = await unitPart().getByRole('heading', { level: 4 }).allTextContents();
    expect(groups).toEqual(GROUPS);
    // Cells carry soft hyphens for print, and figures a no-break space, as Finnish writes them.
    const flat = (texts: string[]) =>
      texts.map((text) =>
        text
          .replace(/\u00AD/gu, '')
          .replace(/\s+/gu, ' ')
          .trim(),
      );
    expect(flat(await cells(STRATEGY_TABLE, GOALS[0]!.objective))).toEqual([
      'Osittain toteutunut mittarien mukaan: 1/2 toteutunut',
    ]);
    const visitors = flat(await cells(STRATEGY_TABLE, 'Tapahtumien kävijämäärä'));
    expect(visitors[0]).toBe('3000 henkilöä');
    expect(visitors[1]).toMatch(/^2400 henkilöä \(\d{1,2}\.\d{1,2}\.2026\)$/);
    expect(visitors[2]).toBe('Osittain toteutunut');
    expect(flat(await cells(STRATEGY_TABLE, 'Tapahtumakalenteri julkaistu'))).toEqual([
      'Kyllä',
      expect.stringMatching(/^Kyllä \(/),
      'Toteutunut',
    ]);
    expect(flat(await cells('Muut tavoitteet', GOALS[1]!.objective))).toEqual([
      'Osittain toteutunut arvioitu toisin; mittarien mukaan toteutunut',
    ]);
    await unitPart()
      .getByRole('table', { name: 'Muut tavoitteet', exact: true })
      .getByRole('cell', {
        name: `Perustelu poikkeavalle arviolle: ${REASON} (Maija Meikäläinen)`,
      })
      .waitFor();
    // The spec's productivity measure, among the example's: no indicator, no outcome yet.
    const productivity = unitPart()
      .getByRole('table', { name: 'Tuottavuustoimenpiteet ja -hankkeet' })
      .getByRole('rowgroup')
      .filter({ has: page.getByRole('rowheader', { name: GOALS[2]!.objective }) });
    await productivity.getByText('Toteumaa ei ole vielä kirjattu.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('prints the section whole: contents entry, no heading at a page foot, no broken word', async () => {
    const pdf = await printPdf(page);
    const text = squash(pdf.text);
    // In the contents list and as the section's heading.
    expect(text.split(squash(SECTION)).length - 1).toBeGreaterThanOrEqual(2);
    for (const expected of [
      GOALS[0]!.objective,
      '3000 henkilöä',
      '2400 henkilöä',
      REASON,
      GOALS[2]!.objective,
      'Toteumaa ei ole vielä kirjattu.',
    ])
      expect(text).toContain(squash(expected));
    expect(brokenWords(pdf, WORDS)).toEqual([]);
    expect(
      headingsAtFoot(pdf, AUDIT_TITLE, [SECTION, ...GROUPS], [fi.reports.goalOutcomes.lead]),
    ).toEqual([]);
  });

  it('writes the section into the Word export with Word headings and whole words', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: fi.reports.docx }).click(),
    ]);
    const file = join(work, 'lausuma.docx');
    await download.saveAs(file);
    const document = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
    const paragraphs = docxParagraphs(document);
    const headings = paragraphs
      .filter(({ style }) => style?.startsWith('Heading'))
      .map(({ style, text }) => [style, text]);
    expect(headings).toContainEqual(['Heading2', SECTION]);
    // The unit's part: its heading, then its groups up to the next unit's heading.
    const unitAt = headings.findIndex(
      ([style, text]) => style === 'Heading3' && text?.endsWith(` › ${UNIT}`),
    );
    expect(unitAt).toBeGreaterThan(headings.findIndex(([, text]) => text === SECTION));
    const next = headings.findIndex(([style], at) => at > unitAt && style !== 'Heading4');
    expect(headings.slice(unitAt + 1, next === -1 ? undefined : next)).toEqual(
      GROUPS.map((title) => ['Heading4', title]),
    );
    const texts = paragraphs.map(({ text }) => text.replace(/\s/gu, ' '));
    expect(texts).toContain(GOALS[0]!.objective);
    expect(texts).toContain('Arvio: Osittain toteutunut (mittarien mukaan: 1/2 toteutunut)');
    // The productivity measure's judgement line, then the note that no outcome is recorded.
    const measureAt = texts.indexOf(GOALS[2]!.objective);
    expect(measureAt).toBeGreaterThan(0);
    expect(texts[measureAt + 2]).toBe('Toteumaa ei ole vielä kirjattu.');
    expect(texts).toContain(`Perustelu poikkeavalle arviolle: ${REASON} (Maija Meikäläinen)`);
    expect(texts).toContain('3000 henkilöä');

    const pdf = officeToPdf(file, work);
    const ours = texts.filter((text) => text !== '');
    expect(printFaults(pdf, ours)).toEqual({ broken: [], missing: [], overlapping: [] });
  });

  it("gives the unit summary the unit's goals between its internal-control rows and its risks", async () => {
    await page.getByRole('link', { name: 'Takaisin' }).click();
    await page.getByLabel('Raportti').selectOption({ label: 'Yksikön yhteenveto' });
    await app.chooseOption('Rajaus', UNIT);
    await page.getByRole('link', { name: 'Esikatsele' }).click();
    await page.locator('html[data-print-ready="true"]').waitFor();
    const part = page.getByRole('region', { name: SECTION });
    expect(await part.getByRole('heading', { level: 3 }).allTextContents()).toEqual(GROUPS);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Sisäisen valvonnan ja riskienhallinnan toimenpiteet 2026',
      SECTION,
      'Riskit',
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    const pdf = await printPdf(page);
    expect(squash(pdf.text)).toContain(squash(REASON));
    expect(brokenWords(pdf, WORDS)).toEqual([]);
    expect(
      headingsAtFoot(
        pdf,
        `Yksikön yhteenveto 2026: ${UNIT}`,
        [SECTION, ...GROUPS],
        [fi.reports.goalOutcomes.lead],
      ),
    ).toEqual([]);
  });
});
