import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/browser';

/**
 * What the app loads to start: its own code and the Finnish texts, not the spreadsheet and Word
 * writers (well over a megabyte), which load only when an export or the DOCX is asked for.
 * Each library is told by a text its code carries.
 */
const LIBRARIES = { exceljs: 'exceljs/exceljs/blob/master', docx: 'w:document' };

describe('starting the app', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads neither the spreadsheet nor the Word writer before they are used', async () => {
    const context = await browser.newContext({ locale: 'fi-FI' });
    const page = await context.newPage();
    const scripts: Response[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response);
    });
    await page.goto(new URL('#/units', inject('baseUrl')).toString());
    await page.getByLabel('Nimi').waitFor();
    const loaded = await Promise.all(
      scripts.map(async (response) => ({ url: response.url(), text: await response.text() })),
    );
    expect(loaded.some(({ url }) => /\/assets\/index-[\w-]+\.js$/.test(url))).toBe(true);
    for (const [library, marker] of Object.entries(LIBRARIES)) {
      const carriers = loaded.filter(({ text }) => text.includes(marker)).map(({ url }) => url);
      expect(carriers, `${library} was loaded at start`).toEqual([]);
    }
    await context.close();
  });
});
