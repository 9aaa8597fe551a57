import { PDFDocument } from '@cantoo/pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { destinationPages } from './pdf-document';
import { MAX_PRINT_PASSES, printReportPdf } from './print-passes';
import type { PrintPass } from './print-passes';
import { makePdf } from './test-pdfs';

const ROUTE = '/print/audit?scope=abc&year=2026&output=pdf';
const CONTENTS = ['report-summary', 'report-riskMap', 'report-units'];
const info = (contents: string[] = CONTENTS) =>
  JSON.stringify({
    title: 'Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle',
    author: 'Kemijärven kaupunki',
    subject: 'Raportti tarkastuslautakunnalle, 2026',
    language: 'fi-FI',
    contents,
  });

/** A fake page whose sections start on `layout(pages shown)`: the numbers can move the sections. */
const fakePass = (layout: (shown: readonly number[] | null) => number[], contents = CONTENTS) =>
  vi.fn<PrintPass>(async (_route, shown) => {
    const starts = layout(shown);
    return {
      pdf: await makePdf({
        pages: 8,
        destinations: Object.fromEntries(contents.map((id, index) => [id, starts[index]!])),
      }),
      info: info(contents),
    };
  });

describe('printing a report with a contents list', () => {
  it('prints once to read the pages, then again with them in the contents', async () => {
    const pass = fakePass(() => [2, 3, 5]);
    const pdf = await printReportPdf(pass, ROUTE);
    expect(pass.mock.calls).toEqual([
      [ROUTE, null],
      [`${ROUTE}&toc=2.3.5`, [2, 3, 5]],
    ]);
    expect(Object.fromEntries(await destinationPages(pdf))).toEqual({
      'report-summary': 2,
      'report-riskMap': 3,
      'report-units': 5,
    });
  });

  it('prints a third time when the numbers moved a section, and stops there', async () => {
    // With numbers the contents list grows by a page, and every section moves by one.
    const pass = fakePass((shown) => (shown ? [3, 4, 6] : [2, 3, 5]));
    await printReportPdf(pass, ROUTE);
    expect(pass.mock.calls.map(([route, shown]) => [route, shown])).toEqual([
      [ROUTE, null],
      [`${ROUTE}&toc=2.3.5`, [2, 3, 5]],
      [`${ROUTE}&toc=3.4.6`, [3, 4, 6]],
    ]);
    expect(pass).toHaveBeenCalledTimes(MAX_PRINT_PASSES);
  });

  it('prints once when the report has no contents list, and sets its metadata', async () => {
    const pass = fakePass(() => [], []);
    const pdf = await printReportPdf(pass, '/print/unit?scope=abc&year=2026&output=pdf');
    expect(pass).toHaveBeenCalledOnce();
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.getTitle()).toBe(
      'Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle',
    );
    expect(doc.getAuthor()).toBe('Kemijärven kaupunki');
    expect(doc.getSubject()).toBe('Raportti tarkastuslautakunnalle, 2026');
  });

  it('prints once, without numbers, when a section has no destination in the PDF', async () => {
    const pass = vi.fn<PrintPass>(async () => ({
      pdf: await makePdf({ pages: 3, destinations: { 'report-summary': 2 } }),
      info: info(),
    }));
    await printReportPdf(pass, ROUTE);
    expect(pass).toHaveBeenCalledOnce();
  });

  it('refuses print info that is not what a print route writes', async () => {
    const pass = vi.fn<PrintPass>(async () => ({
      pdf: await makePdf(),
      info: JSON.stringify({
        title: 'x',
        author: '',
        subject: '',
        language: 'fi"; alert(1)',
        contents: [],
      }),
    }));
    await expect(printReportPdf(pass, ROUTE)).rejects.toThrow();
  });
});
