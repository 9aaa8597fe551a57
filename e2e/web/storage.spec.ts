import type { Browser, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { expectFocusOn, takeFocusLosses, watchFocusLoss } from '../support/focusTrail';
import { activate, expectFocusInside } from '../support/keyboard';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Viestintä ja markkinointi';
const OBJECTIVE = 'Tallennustilan seuranta';
/** The longest text the Toimenpiteet field takes (4 000 characters). */
const LONG_TEXT = 'Seurataan tallennustilaa ja otetaan varmuuskopio viikoittain. '
  .repeat(64)
  .slice(0, 4000);
/** Far below what the example organisation already uses: every new write must be refused. */
const TINY_QUOTA = 1024;

/** One write into a scratch database of the same origin: "ok" or the name of the refusal. */
const probeWrite = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('valvo-quota-probe', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('probe');
        request.onerror = () => resolve(request.error?.name ?? 'open failed');
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction('probe', 'readwrite');
          transaction.objectStore('probe').put('x'.repeat(4096), Date.now());
          transaction.oncomplete = () => {
            db.close();
            resolve('ok');
          };
          transaction.onabort = () => {
            db.close();
            resolve(transaction.error?.name ?? 'aborted');
          };
        };
      }),
  );

const overrideQuota = (cdp: CDPSession, origin: string, quotaSize?: number) =>
  cdp.send(
    'Storage.overrideQuotaForOrigin',
    quotaSize === undefined ? { origin } : { origin, quotaSize },
  );

describe('a save when storage has run out', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'blocks with a Finnish message, keeps the form, and saves once there is room',
    { timeout: 150_000 },
    async () => {
      const { page, context } = await openApp(browser);
      const app = new ValvoApp(page);
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await app.firstRunWithExample();
      await app.openUnit(UNIT);

      const origin = new URL(page.url()).origin;
      const cdp = await context.newCDPSession(page);
      await overrideQuota(cdp, origin, TINY_QUOTA);
      // Chromium's IndexedDB trusts the space it last read for an origin for up to 30 seconds
      // before asking the quota again, so wait until the browser really refuses a write.
      await expect
        .poll(() => probeWrite(page), { timeout: 90_000, interval: 2_000 })
        .toBe('QuotaExceededError');

      await page.getByRole('button', { name: 'Lisää rivi' }).click();
      await app.fillRow({ objective: OBJECTIVE, actions: LONG_TEXT });
      // Remembers whether "Tallennettu" is ever shown, however briefly.
      await page.evaluate(() => {
        const seen = window as unknown as { sawSaved: boolean };
        seen.sawSaved = false;
        new MutationObserver(() => {
          if (document.body.textContent?.includes('Tallennettu')) seen.sawSaved = true;
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await app.save();

      const alert = page.getByRole('alertdialog', { name: /Muutosta ei tallennettu/ });
      await alert.waitFor();
      await alert.getByText(/Mitään ei muutettu/).waitFor();
      await alert.getByText(/kirjoittamasi tiedot ovat yhä tallessa lomakkeella/).waitFor();
      await alert.getByText(/Vapauta levytilaa/).waitFor();
      await alert.getByText(/Valvo käyttää nyt .+ enimmäismäärästä/).waitFor();
      expect(
        await page.evaluate(() => document.activeElement?.closest('[role=alertdialog]') !== null),
      ).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      // What Dexie rejected with was the browser's own refusal, not some other failure.
      expect(warnings.filter((text) => text.startsWith('Storage is full'))).toEqual([
        expect.stringContaining('QuotaExceededError'),
      ]);

      // By keyboard, Escape and "Palaa lomakkeelle" give focus back to Tallenna (issue 14),
      // never by way of the page body; Enter there tries again and meets the message again.
      await watchFocusLoss(page);
      const save = app.dialog('Uusi rivi').getByRole('button', { name: 'Tallenna' });
      for (const way of ['Escape', 'Palaa lomakkeelle']) {
        for (let round = 1; round <= 5; round += 1) {
          const label = `${way} ${round}/5`;
          await expectFocusInside(alert);
          await takeFocusLosses(page);
          if (way === 'Escape') await page.keyboard.press('Escape');
          else await activate(page, alert.getByRole('button', { name: way }));
          await alert.waitFor({ state: 'detached' });
          await expectFocusOn(page, save, label);
          expect({ label, focusOnBody: await takeFocusLosses(page) }).toEqual({
            label,
            focusOnBody: [],
          });
          await page.keyboard.press('Enter');
          await alert.waitFor();
        }
      }

      // Behind the message the form is still open with everything typed.
      expect(await page.locator('textarea[name="actions"]').inputValue()).toBe(LONG_TEXT);
      await alert.getByRole('button', { name: 'Palaa lomakkeelle' }).click();
      await alert.waitFor({ state: 'detached' });
      const form = app.dialog('Uusi rivi');
      await form
        .getByRole('alert')
        .getByText(/Tallennustila on täynnä/)
        .waitFor();
      expect(await form.getByLabel('Sisäinen valvonta ja riskienhallinta').inputValue()).toBe(
        OBJECTIVE,
      );
      expect(await form.getByLabel('Toimenpiteet').inputValue()).toBe(LONG_TEXT);
      expect(await page.evaluate(() => (window as unknown as { sawSaved: boolean }).sawSaved)).toBe(
        false,
      );
      expect(await app.row(OBJECTIVE).count()).toBe(0);

      // Room again: the same form saves.
      await overrideQuota(cdp, origin);
      await app.save();
      await page.getByRole('status').getByText('Tallennettu').waitFor();
      await form.waitFor({ state: 'detached' });
      await app.row(OBJECTIVE).waitFor();

      await page.reload();
      await app.row(OBJECTIVE).waitFor();
      // Saved once: the refused attempt left nothing behind.
      expect(await app.row(OBJECTIVE).count()).toBe(1);
      expect(await app.row(OBJECTIVE).getByRole('cell').first().textContent()).toContain(
        LONG_TEXT.slice(0, 60),
      );

      // The settings tell how much is in use and whether the browser keeps the data for good.
      await page
        .getByRole('navigation', { name: 'Päävalikko' })
        .getByRole('link', { name: 'Asetukset' })
        .click();
      await page.getByRole('heading', { level: 3, name: 'Tallennustila' }).waitFor();
      await page.getByText(/^Pysyvä tallennus (on|ei ole) käytössä/).waitFor();
      await page.getByText(/^Käytössä .+ enimmäismäärästä .+ Vapaana .+\.$/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    },
  );
});
