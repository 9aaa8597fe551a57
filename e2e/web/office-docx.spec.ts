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
import { launchChromium, openApp } from '../support/browser';
import { docxParagraphs } from '../support/docx';
import { closeOffice, officeToPdf, pdfPages } from '../support/office';
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
      expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
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
      // Both tables repeat their header row on each page and keep rows whole.
      const tables = document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
      expect(tables).toHaveLength(2);
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
