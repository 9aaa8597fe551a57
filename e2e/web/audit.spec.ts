import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit';
import type { AuditEvent } from '../../shared/domain/audit-event';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

const UNIT = 'Viestintä ja markkinointi';
const STATUS_ROW = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
const RISK = 'Valtionosuusuudistus vaikeuttaa talouden suunnittelua';
const OWNER_ROW = 'Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.';

/** The stored audit log, read with plain IndexedDB in the page (no app code involved). */
const storedEvents = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<AuditEvent[]>((resolve, reject) => {
        const open = indexedDB.open('valvo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('auditEvents').objectStore('auditEvents').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as AuditEvent[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

describe('the change log in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows edits in Finnish with before → after, filters, verifies the chain and gives a row its history', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(UNIT);

    await app.row(STATUS_ROW).getByRole('button', { name: 'Päivitä tila' }).click();
    await app.dialog().getByLabel('Tila').selectOption('in_progress');
    await app.dialog().getByLabel('Edistymismerkintä').fill('Kysely lähetetty.');
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });

    await app.row(OWNER_ROW).getByRole('button', { name: 'Muokkaa' }).click();
    await app.fillRow({ owner: 'Viestintäjohtaja' });
    await app.save();
    await app.dialog().waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Muutosloki' }).click();
    await page.getByRole('heading', { level: 1, name: 'Muutosloki' }).waitFor();
    const table = page.getByRole('table', { name: 'Muutosloki, uusin ensin' });
    const rows = table.locator('tbody > tr');
    await rows.first().waitFor();
    const stored = await storedEvents(page);
    expect(await rows.count()).toBe(Math.min(100, stored.length));

    const newest = rows.nth(0);
    expect(await newest.textContent()).toContain('Muutos');
    expect(await newest.textContent()).toContain('Maija Meikäläinen');
    expect(await newest.textContent()).toContain(`Rivi${OWNER_ROW}`);
    expect(await newest.textContent()).toContain('Vastuuhenkilö: – → Viestintäjohtaja');
    const status = rows.nth(1);
    expect(await status.textContent()).toContain('Tilan muutos');
    expect(await status.textContent()).toContain('Tila: Ei aloitettu → Käynnissä');
    expect(await status.textContent()).toContain('Kysely lähetetty.');

    await page.getByLabel('Toiminto').selectOption({ label: 'Tilan muutos' });
    await expect.poll(() => page.url()).toContain('op=status');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Tila: Ei aloitettu → Käynnissä');
    // The filter survives a reload: it lives in the URL.
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.getByLabel('Toiminto').inputValue()).toBe('status');

    await page.getByRole('button', { name: 'Tarkista muutosketju' }).click();
    const verdict = verifyAuditChain([...stored].sort((a, b) => a.seq - b.seq));
    expect(verdict).toMatchObject({ ok: true, count: stored.length });
    await page.getByText(`Muutosketju on eheä: ${stored.length} tapahtumaa tarkistettu.`).waitFor();
    expect(await page.locator('.audit-check__head').textContent()).toBe(
      verdict.ok ? verdict.head : '',
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
    await expect.poll(() => rows.count()).toBe(Math.min(100, stored.length));
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Yksiköt' }).click();
    await app.openUnit(UNIT);
    await app.row(STATUS_ROW).getByRole('button', { name: 'Historia' }).click();
    const dialog = app.dialog(`Muutoshistoria: ${STATUS_ROW}`);
    await dialog.waitFor();
    const history = dialog.getByRole('table', { name: 'Muutoshistoria, uusin ensin' });
    const rowId = stored.find(
      (event) => event.op === 'create' && event.changes.objective?.[1] === STATUS_ROW,
    )!.entityId;
    const rowEvents = stored.filter((event) => event.entityId === rowId);
    await expect.poll(() => history.locator('tbody > tr').count()).toBe(rowEvents.length);
    expect(await history.locator('tbody > tr').first().textContent()).toContain(
      'Tila: Ei aloitettu → Käynnissä',
    );
    expect(await history.locator('tbody > tr').last().textContent()).toContain('Lisäys');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Sulje' }).click();
    await dialog.waitFor({ state: 'detached' });

    // A risk's page shows its own history below the assessments.
    await app.openUnit('Konserni- ja elinvoimapalvelut');
    await page.getByRole('link', { name: RISK }).first().click();
    await page.getByRole('heading', { level: 1, name: RISK }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Muutoshistoria' }).waitFor();
    const riskHistory = page.getByRole('table', { name: 'Muutoshistoria, uusin ensin' });
    expect(await riskHistory.locator('tbody > tr').last().textContent()).toContain(
      `Riski: – → ${RISK}`,
    );
    expect(await seriousViolations(page)).toEqual([]);

    expect(errors).toEqual([]);
    await context.close();
  });
});
