import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const ME = 'Maija Meikäläinen';
const UNIT = 'Viestintä ja markkinointi';

/** How many audit events IndexedDB holds, read without app code. */
const storedEventCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('valvo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('auditEvents').objectStore('auditEvents').count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

describe('the About screen (Tietoja) in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows versions and an intact chain, copies the diagnostics and passes axe', async () => {
    const { page, context, errors } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    const app = new ValvoApp(page);
    await app.createProfile(ME, 'controller');
    await app.loadExample();

    await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Tietoja', exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tietoja' }).waitFor();
    expect(page.url()).toContain('#/about');

    const events = await storedEventCount(page);
    expect(events).toBeGreaterThan(0);
    const chain = page.getByRole('region', { name: 'Muutosketjun tila' });
    await chain.getByText(`Muutosketju on eheä: ${events} tapahtumaa tarkistettu.`).waitFor();

    const versions = page.getByRole('region', { name: 'Versiot' });
    await versions.getByText('Tietokannan rakenneversio').waitFor();
    const browserVersion = await page.evaluate(() => navigator.userAgent);
    await versions.getByText(browserVersion, { exact: true }).waitFor();
    expect(await versions.getByText('Electron', { exact: true }).count()).toBe(0);
    const folders = page.getByRole('region', { name: 'Tietojen sijainti' });
    await folders
      .getByText('Tiedot ovat tämän selaimen omassa tallennustilassa', { exact: false })
      .waitFor();
    expect(await folders.getByRole('button').count()).toBe(0);

    // Wait until every count has loaded, so the copied text is complete.
    const data = page.getByRole('region', { name: 'Organisaatio ja tiedot' });
    await expect.poll(() => data.getByText('Ladataan…').count()).toBe(0);
    await page.getByRole('button', { name: 'Kopioi diagnostiikka' }).click();
    await page.getByText('Diagnostiikka kopioitu leikepöydälle.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe('Valvo – diagnostiikka');
    expect(copied).toContain('Profiilin rooli: Controller');
    expect(copied).toContain(`Muutoshistorian tapahtumat: ${events}`);
    expect(copied).toMatch(/^Chromium: \d+$/m);
    expect(copied).toMatch(
      new RegExp(`^Muutosketju: eheä, ${events} tapahtumaa, viimeisin tiiviste [0-9a-f]{64}$`, 'm'),
    );
    expect(copied).not.toContain(ME);
    expect(copied).not.toContain(UNIT);
    expect(copied).toBe(
      await page.getByRole('textbox', { name: 'Diagnostiikkateksti' }).inputValue(),
    );

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
