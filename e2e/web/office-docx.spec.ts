import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { fi } from '../../renderer/i18n/fi';
import { sv } from '../../renderer/i18n/sv';
import type { LanguageCode } from '../../shared/dates';
import type { ExampleUnit } from '../../shared/example/kemijarvi-2026';
import { KEMIJARVI_2026 } from '../../shared/example/kemijarvi-2026';
import { KEMIJARVI_2026_GOALS } from '../../shared/example/kemijarvi-2026-goals';
import { launchChromium, openApp } from '../support/browser';
import { docxParagraphs } from '../support/docx';
import { closeOffice, officeToPdf, pdfPages } from '../support/office';
import { readPdf } from '../support/pdf';
import { pageWithLine } from '../support/pdf-checks';
import { printFaults } from '../support/pdf-words';
import { ValvoApp } from './pages/ValvoApp';

/** The §115 statement's DOCX as people see it: opened and printed by LibreOffice Writer. */

const CATALOGUES = { fi, sv, en } as const;

const text = (language: LanguageCode, key: string): string => {
  const found = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      CATALOGUES[language],
    );
  if (typeof found !== 'string') throw new Error(`No text ${key} in ${language}`);
  return found;
};

/** The names from the organisation down to the unit called `name`, as the example has it. */
const pathTo = (unit: ExampleUnit, name: string): string[] | null => {
  if (unit.name === name && unit.kind !== 'costUnit') return [unit.name];
  for (const child of unit.children ?? []) {
    const below = pathTo(child, name);
    if (below) return [unit.name, ...below];
  }
  return null;
};

/**
 * The goal section's headings as the example gives them: per unit with goals (in tree order,
 * which is the example's order) its path, then a heading per table of goals in the budget's
 * order, strategy goals with their priority.
 */
const goalHeadings = (language: LanguageCode) =>
  Object.entries(KEMIJARVI_2026_GOALS).flatMap(([unit, tables]) => [
    ['Heading3', pathTo(KEMIJARVI_2026, unit)!.join(' › ')],
    ...tables
      .filter((table) => table.kind !== 'internalControl')
      .map((table) => {
        const kind = text(language, `goals.kindNames.${table.kind}`);
        return [
          'Heading4',
          table.priority
            ? text(language, 'reports.goalOutcomes.group')
                .replace('{{kind}}', kind)
                .replace('{{priority}}', table.priority)
            : kind,
        ];
      }),
  ]);

/** The example's goals that have indicators: each gets a table of them. */
const GOALS_WITH_INDICATORS = Object.values(KEMIJARVI_2026_GOALS)
  .flat()
  .filter((table) => table.kind !== 'internalControl')
  .flatMap((table) => table.rows)
  .filter((row) => row.indicators.length > 0).length;

describe('the §115 statement as Word, printed by LibreOffice', () => {
  let browser: Browser;
  let work = '';
  beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(join(tmpdir(), 'valvo-office-docx-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
    closeOffice();
  });

  it.each([
    ['fi', 'fi-FI'],
    ['sv', 'sv-SE'],
  ] as const)(
    'in %s: whole words in tables sized to their content, Word headings, repeated header rows, language %s',
    async (language, tag) => {
      const { page, context, errors } = await openApp(browser);
      const app = new ValvoApp(page);
      await app.firstRunWithExample();
      await page.getByRole('link', { name: 'Asetukset' }).click();
      await page.getByLabel('Kieli / Språk / Language').selectOption(language);
      await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
      await page.getByRole('link', { name: text(language, 'nav.reports') }).click();
      await page.getByRole('link', { name: text(language, 'reports.preview') }).click();
      await page.locator('html[data-print-ready="true"]').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: text(language, 'reports.docx') }).click(),
      ]);
      const file = join(work, `lausuma-${language}.docx`);
      await download.saveAs(file);
      const files = unzipSync(new Uint8Array(readFileSync(file)));
      const document = strFromU8(files['word/document.xml']!);
      const styles = strFromU8(files['word/styles.xml']!);
      const paragraphs = docxParagraphs(document);
      const sources = paragraphs.map((paragraph) => paragraph.text).filter(Boolean);
      for (const unit of ['Hallintopalvelut', 'Konserni- ja elinvoimapalvelut']) {
        expect(sources).toContain(unit);
      }

      const pdf = officeToPdf(file, work);
      // The statement and the internal-control parts take the first page or two, as they did
      // before the goal section; it follows them. The whole document takes 13 pages, most of
      // them the example's 46 goals with their indicators: a goal a page (a page break or a
      // keep-with-next gone wrong) would take over 40.
      const goalsFrom = pageWithLine(readPdf(pdf), text(language, 'reports.sections.goalOutcomes'));
      expect(goalsFrom).toBeGreaterThan(0);
      expect(goalsFrom).toBeLessThanOrEqual(3);
      expect(pdfPages(pdf)).toBeLessThanOrEqual(16);
      expect(printFaults(pdf, sources)).toEqual({ broken: [], missing: [], overlapping: [] });
      // LibreOffice took the document's language as its own (it writes it into the PDF).
      expect(readFileSync(pdf, 'latin1')).toContain(`/Lang(${tag})`);

      // Headings in Word's own styles, with the outline levels the navigation pane reads.
      const headings = paragraphs.filter((paragraph) => paragraph.style?.startsWith('Heading'));
      expect(headings.map(({ style, text }) => [style, text])).toEqual([
        ['Heading1', text(language, 'reports.auditTitle').replace('{{year}}', '2026')],
        ['Heading2', text(language, 'reports.sections.statement')],
        ['Heading2', text(language, 'reports.sections.summary')],
        ['Heading2', text(language, 'reports.sections.aboveTolerance')],
        // The activity report's goal section: each unit's goals, table by table.
        ['Heading2', text(language, 'reports.sections.goalOutcomes')],
        ...goalHeadings(language),
      ]);
      for (const [style, level] of [
        ['Heading1', 0],
        ['Heading2', 1],
      ] as const) {
        const definition = new RegExp(`w:styleId="${style}">(.*?)</w:style>`).exec(styles)?.[1];
        expect(definition).toContain(`<w:outlineLvl w:val="${level}"/>`);
      }
      // The spelling language of the whole document.
      expect(styles).toMatch(
        new RegExp(`<w:rPrDefault><w:rPr>.*<w:lang w:val="${tag}"/>.*</w:rPr></w:rPrDefault>`),
      );
      // Every table (the summary, the risks, and each goal's indicators) repeats its header row on
      // each page and keeps rows whole.
      const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
      expect(tables).toHaveLength(2 + GOALS_WITH_INDICATORS);
      for (const table of tables) {
        const [first, ...rest] = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
        expect(first).toContain('<w:tblHeader/>');
        for (const row of rest) expect(row).toContain('<w:cantSplit/>');
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
