import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Files of rows as the import specs make and read them: the export's CSV, edited as in Excel. */
export type Csv = { header: string[]; rows: string[][] };

export const download = async (page: Page, click: () => Promise<void>): Promise<Buffer> => {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await file.path());
};

export const parseCsv = (bytes: Buffer): Csv => {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data.filter((row) => row.some((cell) => cell !== ''));
  return { header, rows };
};

/** The file as Finnish Excel saves it again: BOM, `;`, CRLF, quotes only where needed. */
export const writeCsv = ({ header, rows }: Csv, extra = ''): Buffer =>
  Buffer.from(
    `\uFEFF${Papa.unparse([header, ...rows], { delimiter: ';', newline: '\r\n' })}\r\n${extra}`,
    'utf8',
  );

export const column = (csv: Csv, name: string) => {
  const index = csv.header.indexOf(name);
  expect(index, name).toBeGreaterThanOrEqual(0);
  return index;
};

export const csvFile = (buffer: Buffer, name = 'rivit.csv') => ({
  name,
  mimeType: 'text/csv',
  buffer,
});

export const summary = (section: Locator, created: number, changed: number, unchanged: number) =>
  section
    .getByText(`Rivejä: uusia ${created}, muuttuu ${changed}, ennallaan ${unchanged}.`)
    .waitFor();
