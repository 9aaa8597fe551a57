import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../support/browser';
import type { Printed, Producer } from './printed';
import { closeOffice } from '../support/office';
import { officeExports } from './office-producers';
import { auditPackInSwedish, finnishReports } from './report-producers';

/**
 * `npm run docs:reports`: regenerates docs/reports/ — every report printed as the desktop app
 * prints it (Chromium printToPDF, two passes, metadata), page by page as PNG at 70 dpi.
 * Each producer opens what it needs in the built web app and hands back PDFs by name; this file
 * turns them into pages. Nothing here asserts: it makes pictures for people to look at.
 */
const OUT = resolve(import.meta.dirname, '../../docs/reports');
const DPI = '70';

const PRODUCERS: Producer[] = [
  {
    title: 'Finnish: unit summary, audit pack, year comparison, merge report',
    produce: finnishReports,
  },
  { title: 'Swedish: audit pack', produce: auditPackInSwedish },
  { title: 'XLSX and DOCX exports as LibreOffice prints them', produce: officeExports },
];

const toPngs = ({ name, file }: Printed) => {
  execFileSync('pdftoppm', ['-png', '-r', DPI, file, join(OUT, name)]);
  return readdirSync(OUT).filter((png) => png.startsWith(`${name}-`) && png.endsWith('.png'));
};

describe('docs/reports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(OUT, { recursive: true });
    for (const png of readdirSync(OUT).filter((file) => file.endsWith('.png')))
      rmSync(join(OUT, png));
  });
  afterAll(async () => {
    await browser?.close();
    closeOffice();
  });

  for (const producer of PRODUCERS)
    it(producer.title, async () => {
      for (const printed of await producer.produce(browser))
        console.log(`${printed.name}: ${toPngs(printed).join(', ')}`);
    });
});
