import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { destinationPages, finishPdf } from './pdf-document';
import { makePdf } from './test-pdfs';

const INFO = {
  title: 'Sisäinen valvonta ja riskienhallinta 2026: raportti tarkastuslautakunnalle',
  author: 'Kemijärven kaupunki',
  subject: 'Raportti tarkastuslautakunnalle, 2026 <ja "muuta">',
  language: 'fi-FI',
  contents: [],
};

describe('reading a printed PDF', () => {
  it('finds the page of each named destination', async () => {
    const pdf = await makePdf({
      pages: 5,
      destinations: { 'report-summary': 2, 'report-riskMap': 2, 'report-units': 4 },
    });
    expect(Object.fromEntries(await destinationPages(pdf))).toEqual({
      'report-summary': 2,
      'report-riskMap': 2,
      'report-units': 4,
    });
  });

  it('finds none in a PDF without links', async () => {
    expect((await destinationPages(await makePdf({ pages: 2 }))).size).toBe(0);
  });
});

describe('finishing a printed PDF', () => {
  it('sets title, author, subject, language and XMP, and keeps tags and outline', async () => {
    const finished = await finishPdf(await makePdf({ pages: 3, tagged: true }), INFO);
    const doc = await PDFDocument.load(finished, { updateMetadata: false });
    expect(doc.getTitle()).toBe(INFO.title);
    expect(doc.getAuthor()).toBe('Kemijärven kaupunki');
    expect(doc.getSubject()).toBe(INFO.subject);
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toBe('(fi-FI)');
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'))?.toString()).toContain('/Marked true');
    expect(doc.catalog.lookup(PDFName.of('Outlines'))).toBeDefined();
    expect(doc.getPageCount()).toBe(3);
    const xmp = Buffer.from(finished).toString('utf8');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Kemijärven kaupunki</rdf:li>');
    // Markup in a subject is escaped, not written into the XMP as markup.
    expect(xmp).toContain('&#60;ja &#34;muuta&#34;&#62;');
  });

  it('keeps the named destinations, so the contents links still jump', async () => {
    const pdf = await makePdf({ pages: 4, destinations: { 'report-units': 3 } });
    const finished = await finishPdf(pdf, INFO);
    expect(Object.fromEntries(await destinationPages(finished))).toEqual({ 'report-units': 3 });
  });
});
