import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export type PdfText = { text: string; pages: number; pageSizes: string[]; file: string };

/** Prints with Chromium's printToPDF (as the desktop shell does); reads the text back in content order (poppler -raw). */
export const printPdf = async (page: Page): Promise<PdfText> => {
  const file = join(mkdtempSync(join(tmpdir(), 'valvo-pdf-')), 'report.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((match) =>
    match[1]!.trim(),
  );
  return { text, pages, pageSizes, file };
};

/** Text with all whitespace removed: table cells wrap words onto new lines in a PDF. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** The squashed text without the running header and page numbers, so a cell split over pages reads whole. */
export const bodyText = (pdf: PdfText, runningTitle: string) =>
  squash(
    pdf.text
      .split('\n')
      .filter((line) => !/^Sivu \d+ \/ \d+$/.test(line.trim()) && line.trim() !== runningTitle)
      .join('\n'),
  );
