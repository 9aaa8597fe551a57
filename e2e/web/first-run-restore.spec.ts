import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

describe('an empty database with a backup at hand', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers to restore on the first run instead of starting fresh', async () => {
    const source = await openApp(browser);
    await new ValvoApp(source.page).firstRunWithExample();
    await source.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Asetukset' })
      .click();
    const [download] = await Promise.all([
      source.page.waitForEvent('download'),
      source.page
        .getByRole('region', { name: 'Varmuuskopiot' })
        .getByRole('button', { name: 'Lataa varmuuskopio' })
        .click(),
    ]);
    const backupFile = await download.path();

    const fresh = await openApp(browser);
    const app = new ValvoApp(fresh.page);
    await app.createProfile('Uusi käyttäjä', 'unitManager');
    await fresh.page.getByRole('heading', { name: 'Palauta varmuuskopiosta' }).waitFor();
    expect(await seriousViolations(fresh.page)).toEqual([]);

    await fresh.page
      .getByLabel('Palauta varmuuskopiotiedostosta')
      .setInputFiles({
        name: 'rikki.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format":'),
      });
    await fresh.page.getByText('rikki.json').first().waitFor();
    expect(await fresh.page.getByRole('button', { name: 'Lataa esimerkki' }).count()).toBe(1);

    await fresh.page.getByLabel('Palauta varmuuskopiotiedostosta').setInputFiles(backupFile);
    await app.unitLink('Viestintä ja markkinointi').waitFor();
    await app.openUnit('Viestintä ja markkinointi');
    await expect.poll(() => app.table.getByRole('rowheader').count()).toBe(3);
    expect(fresh.errors).toEqual([]);
    await source.context.close();
    await fresh.context.close();
  });
});
