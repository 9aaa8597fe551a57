import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { printReportPdf } from '../../electron/main/print-passes';
import type { PrintPass } from '../../electron/main/print-passes';
import { PRINT_INFO_READ, printReadyCheck } from '../../shared/print/print-document';

export type PdfText = {
  /** The whole text in content order (poppler -raw), pages separated by form feeds. */
  text: string;
  /** Each page's text in content order: the running title and page number come first. */
  pageTexts: string[];
  pages: number;
  pageSizes: string[];
  /** What pdfinfo says: Title, Author, Subject, Tagged… */
  info: string;
  file: string;
};

/** Chromium's printToPDF as the desktop shell calls it: tagged, with an outline. */
const PDF_OPTIONS = {
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
} as const;

/** Reads a PDF file back with poppler. */
export const readPdf = (file: string): PdfText => {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((match) =>
    match[1]!.trim(),
  );
  return { text, pageTexts: text.split('\f').slice(0, pages), pages, pageSizes, info, file };
};

/**
 * Prints the print route open in `page` the way the desktop shell does (print-passes: a
 * second print with the contents list's page numbers, then the metadata), and reads it back.
 */
export const printPdf = async (page: Page): Promise<PdfText> => {
  const [origin = '', hash = ''] = page.url().split('#', 2);
  const pass: PrintPass = async (route, pages) => {
    if (pages) await page.goto(`${origin}#${route}`);
    await page.waitForFunction(printReadyCheck(pages));
    const info: unknown = await page.evaluate(PRINT_INFO_READ);
    return { pdf: await page.pdf(PDF_OPTIONS), info };
  };
  const bytes = await printReportPdf(pass, hash);
  const file = join(mkdtempSync(join(tmpdir(), 'valvo-pdf-')), 'report.pdf');
  writeFileSync(file, bytes);
  return readPdf(file);
};

/** The document outline (bookmarks) as poppler reads it: title and page of each entry. */
export const outlineOf = (file: string): { title: string; page: number }[] => {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const outline = xml.slice(xml.indexOf('<outline>'));
  return [...outline.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((match) => ({
    page: Number(match[1]),
    title: match[2]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  }));
};

/**
 * Text with all whitespace removed (table cells wrap words onto new lines in a PDF), and with
 * hyphenation undone: soft hyphens (U+00AD, which Chromium puts into the text layer) and the
 * hyphen (U+2010) it draws where a line breaks at one.
 */
export const squash = (text: string) =>
  text
    .replace(/\u00AD\s*(\u2010\s*)?/g, '')
    .replace(/\u2010\s*\n/g, '')
    .replace(/\s+/g, '');

/** The squashed text without the running header and page numbers, so a cell split over pages reads whole. */
export const bodyText = (pdf: PdfText, runningTitle: string) =>
  squash(
    pdf.text
      .split('\n')
      .filter((line) => !/^Sivu \d+ \/ \d+$/.test(line.trim()) && line.trim() !== runningTitle)
      .join('\n'),
  );
