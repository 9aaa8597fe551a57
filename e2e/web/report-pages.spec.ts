import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fi } from '../../renderer/i18n/fi';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { INTERNAL_CONTROL_KIND_ID } from '../../shared/domain/table-kind';
import { UnitSchema } from '../../shared/domain/unit';
import * as exampleOrganisation from '../../shared/example/kemijarvi-2026';
import * as exampleGoals from '../../shared/example/kemijarvi-2026-goals';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
import * as exampleRisks from '../../shared/example/kemijarvi-risks';
import * as riskPresets from '../../shared/risk-presets';
import { openUnitId, seedStore } from '../perf/seed';
import { syntheticActions } from '../perf/synthetic';
import { launchChromium, openApp } from '../support/browser';
import { readStore, writeRecords } from '../support/idb';
import { outlineOf, printPdf, squash } from '../support/pdf';
import type { PdfText } from '../support/pdf';
import {
  brokenWords,
  headingsAtFoot,
  pageWithLine,
  timesPrinted,
  vocabularyOf,
} from '../support/pdf-checks';
import { ValvoApp } from './pages/ValvoApp';

const PROFILE = 'Maija Meikäläinen';
const AUDIT_TITLE = 'Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle';
// The example is the whole budget chapter, goals and internal control: its pack has every part.
const SECTIONS = Object.values(fi.reports.sections);
const EXAMPLE_WORDS = vocabularyOf(
  fi,
  exampleOrganisation,
  exampleGoals,
  exampleRisks,
  riskPresets,
  PROFILE,
);

/**
 * Leaves the example's unit `name` with its internal-control table only, as a unit that follows
 * no goals of its own: its goal rows removed behind the app's back (deleted, as the app deletes
 * a row), and the app loaded afresh.
 */
const keepInternalControlOnly = async (page: Page, name: string) => {
  const unit = z
    .array(UnitSchema)
    .parse(await readStore(page, 'units'))
    .find((item) => item.name === name && item.kind !== 'costUnit')!;
  const goals = z
    .array(ControlActionSchema)
    .parse(await readStore(page, 'controlActions'))
    .filter(
      (row) =>
        row.unitId === unit.id && row.kindId !== INTERNAL_CONTROL_KIND_ID && row.deletedAt === null,
    );
  const at = new Date().toISOString();
  await writeRecords(
    page,
    {
      controlActions: goals.map((row) =>
        ControlActionSchema.parse({ ...row, deletedAt: at, updatedAt: at, rev: row.rev + 1 }),
      ),
    },
    { replace: true },
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Organisaatio' }).waitFor();
};

const openPreview = async (app: ValvoApp, type: string, scope: RegExp) => {
  await app.page.getByRole('link', { name: 'Raportit' }).click();
  await app.page.getByLabel('Raportti').selectOption({ label: type });
  await app.chooseOption('Rajaus', scope);
  await app.page.getByRole('link', { name: 'Esikatsele' }).click();
  await app.page.locator('html[data-print-ready="true"]').waitFor();
};

/**
 * Headings and captions as printed, and the paragraph right after a heading that leads into more
 * (its lead-in). A paragraph that is all there is under its heading (a list's "none" note) is the
 * heading's content, not a lead-in: with it on the page the heading is not left alone.
 */
const headingTexts = (page: Page) =>
  page.evaluate(() => ({
    headings: [...document.querySelectorAll('.report :is(h1, h2, h3, caption)')].map(
      (element) => element.textContent ?? '',
    ),
    leads: [...document.querySelectorAll('.report :is(h1, h2, h3) + p')]
      .filter((element) => element.nextElementSibling !== null)
      .map((element) => element.textContent ?? ''),
  }));

/** The columns of the report's tables that have no value in any row ('' or '–'). */
const emptyColumns = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLTableElement>('.report table.report-table')].flatMap(
      (table) => {
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
        const rows = [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.children].map((cell) => (cell.textContent ?? '').replace(/\u00AD/g, '').trim()),
        );
        return headers.filter((_, index) =>
          rows.every((cells) => cells[index] === undefined || /^–?$/.test(cells[index]!)),
        );
      },
    ),
  );

/** The page number printed after each entry of the contents list on page 1. */
const contentsPages = (pdf: PdfText) => {
  const cover = squash(pdf.pageTexts[0] ?? '');
  return SECTIONS.map((title) => {
    const match = new RegExp(`${squash(title).replace(/[()§]/g, '\\$&')}(\\d+)`).exec(cover);
    return match ? Number(match[1]) : null;
  });
};

const pdfLanguage = async (file: string) => {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  return doc.catalog.lookup(PDFName.of('Lang'))?.toString();
};

describe('printed reports as a board would get them', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the audit pack with whole words, headings kept with their content, contents page numbers, bookmarks and metadata', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await openPreview(app, 'Tarkastuslautakunnalle', /Kemijärven kaupunki/);
    expect(await emptyColumns(page)).toEqual([]);
    const { headings, leads } = await headingTexts(page);

    const pdf = await printPdf(page);
    // Every word is a word of the texts it was printed from, or joins its hyphenated other half.
    expect(brokenWords(pdf, EXAMPLE_WORDS)).toEqual([]);
    expect(headingsAtFoot(pdf, AUDIT_TITLE, headings, leads)).toEqual([]);
    // The empty owner, deadline and latest-entry columns are left out, and a note says so.
    expect(squash(pdf.text)).toContain(squash('on jätetty pois: niissä ei ole tietoja.'));

    // The contents list's numbers are the pages the sections' headings are on.
    const numbers = contentsPages(pdf);
    expect(numbers.every((number) => number !== null)).toBe(true);
    expect(numbers).toEqual(SECTIONS.map((title) => pageWithLine(pdf, title, 2)));
    const outline = outlineOf(pdf.file);
    expect(SECTIONS.map((title) => outline.find((entry) => entry.title === title)?.page)).toEqual(
      numbers,
    );
    expect(outline[0]).toEqual({ title: AUDIT_TITLE, page: 1 });

    // Each of these is printed once in the body: as its heading, not also as a caption.
    expect(timesPrinted(pdf, 'Sietorajan ylittävät riskit', 2)).toBe(1);
    expect(timesPrinted(pdf, 'Toimenpiteet ilman toteumaa', 2)).toBe(1);

    expect(pdf.info).toMatch(new RegExp(`^Title:\\s+${AUDIT_TITLE}$`, 'm'));
    expect(pdf.info).toMatch(/^Author:\s+Kemijärven kaupunki$/m);
    expect(pdf.info).toMatch(/^Subject:\s+.*tarkastuslautakunnalle, 2026$/m);
    expect(pdf.info).toMatch(/^Tagged:\s+yes$/m);
    expect(await pdfLanguage(pdf.file)).toBe('(fi-FI)');
    await context.close();
  });

  it('prints a 2-row unit’s summary on one page, with no cover, starting with its table', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    // A unit with its two internal-control rows and no goals.
    const unit = 'Elinkeino- ja työllisyyspalvelut';
    const internalControl = KEMIJARVI_2026_GOALS[unit]!.filter(
      (table) => table.kind === 'internalControl',
    ).flatMap((table) => table.rows);
    expect(internalControl).toHaveLength(2);
    await keepInternalControlOnly(page, unit);
    await openPreview(app, 'Yksikön yhteenveto', /Elinkeino- ja työllisyyspalvelut/);
    expect(await emptyColumns(page)).toEqual([]);
    const pdf = await printPdf(page);
    expect(pdf.pages).toBe(1);
    expect(brokenWords(pdf, EXAMPLE_WORDS)).toEqual([]);
    for (const row of internalControl) expect(squash(pdf.text)).toContain(squash(row.objective));
    expect(squash(pdf.text)).not.toContain(squash(fi.reports.sections.goalOutcomes));
    const body = squash(pdf.text);
    const title = squash('Yksikön yhteenveto 2026: Elinkeino- ja työllisyyspalvelut');
    const header = squash('Sisäinen valvonta ja riskienhallinta Toimenpiteet Toteutuma Tila');
    // Title, the rows' heading, then the table's header: the facts come after the table.
    expect(
      body.indexOf(
        title + squash('Sisäisen valvonnan ja riskienhallinnan toimenpiteet 2026') + header,
      ),
    ).toBeGreaterThan(0);
    expect(body.indexOf(squash('Organisaatio Kemijärven kaupunki'))).toBeGreaterThan(
      body.indexOf(squash('Riskienhallinnan parantaminen')),
    );
    expect(pdf.info).toMatch(/^Author:\s+Kemijärven kaupunki$/m);
    expect(await pdfLanguage(pdf.file)).toBe('(fi-FI)');
    await context.close();
  });

  it('repeats a long table’s header row on every page and splits none of its rows', async () => {
    const { page, context } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit('Viestintä ja markkinointi');
    const rows = syntheticActions(openUnitId(page), 2026, 45).map((row, index) => ({
      ...row,
      objective: `${row.objective} (rivi ${index + 1})`,
      sortOrder: 100 + index,
    }));
    await seedStore(page, 'controlActions', rows);
    await openPreview(app, 'Yksikön yhteenveto', /Viestintä ja markkinointi/);
    const pdf = await printPdf(page);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(
      brokenWords(
        pdf,
        vocabularyOf(
          fi,
          exampleOrganisation,
          exampleGoals,
          exampleRisks,
          riskPresets,
          PROFILE,
          rows,
        ),
      ),
    ).toEqual([]);
    const header = squash(
      'Sisäinen valvonta ja riskienhallinta Toimenpiteet Toteutuma Vastuuhenkilö Määräaika Tila',
    );
    const pagesWithRows = pdf.pageTexts.filter((text) =>
      rows.some((row) => squash(text).includes(squash(`(rivi ${rows.indexOf(row) + 1})`))),
    );
    expect(pagesWithRows.length).toBeGreaterThanOrEqual(3);
    for (const text of pagesWithRows) expect(squash(text)).toContain(header);
    // Every row is whole on one page.
    for (const row of rows) {
      const cells = squash(`${row.objective}`);
      expect(pdf.pageTexts.filter((text) => squash(text).includes(cells))).toHaveLength(1);
    }
    await context.close();
  });
});
