import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticActions } from '../perf/synthetic';
import { openUnitId, seedStore } from '../perf/seed';
import { seriousViolations } from '../support/axe';
import type { AppPage } from '../support/browser';
import { launchChromium, openApp } from '../support/browser';
import { ValvoApp } from './pages/ValvoApp';

/** The register across units (`#/register`): search, filters, sort, URL, selection, size. */
describe('the register across units', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** First run with the example, then the register from the main navigation. */
  const openRegister = async (): Promise<AppPage> => {
    const session = await openApp(browser);
    const app = new ValvoApp(session.page);
    await app.createProfile();
    await session.page.getByRole('button', { name: 'Lataa esimerkki' }).click();
    await session.page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link', { name: 'Rekisteri' })
      .click();
    await session.page
      .getByRole('heading', { level: 1, name: /Rekisteri: toimenpiteet/ })
      .waitFor();
    return session;
  };

  const table = (page: Page) => page.getByRole('table', { name: /Kaikkien yksiköiden/ });
  const count = (page: Page) => page.locator('.register-toolbar__count').textContent();
  const objectives = (page: Page) => table(page).getByRole('rowheader').allTextContents();
  const unitsInOrder = (page: Page) =>
    table(page).locator('tbody').getByRole('link').allTextContents();

  it('searches, combines filters, sorts, and a reload keeps the view', async () => {
    const { page, context, errors } = await openRegister();
    await expect.poll(() => count(page)).toBe('55 riviä');

    await page.getByLabel('Hae', { exact: true }).fill('sopimushallinnan');
    await expect.poll(() => count(page)).toBe('2 riviä (suodatettu 55:stä)');
    await page
      .getByRole('combobox', { name: 'Vastuualue' })
      .selectOption({ label: 'Hallintopalvelut' });
    await expect.poll(() => count(page)).toBe('1 rivi (suodatettu 55:stä)');
    expect(await unitsInOrder(page)).toEqual(['Hallintopalvelut']);

    // A combination with no result says so and offers the way back.
    await page.getByRole('combobox', { name: 'Tila' }).selectOption({ label: 'Toteutunut' });
    await page.getByText('Yksikään rivi ei vastaa hakua ja suodattimia.').waitFor();
    await page
      .locator('.empty-state')
      .getByRole('button', { name: 'Tyhjennä suodattimet' })
      .click();
    await expect.poll(() => count(page)).toBe('55 riviä');
    expect(await page.getByLabel('Hae', { exact: true }).inputValue()).toBe('');

    await page.getByLabel('Hae', { exact: true }).fill('riskienhallinnan');
    await page.getByRole('combobox', { name: 'Toimiala' }).selectOption({
      label: 'Konserni- ja elinvoimapalvelut',
    });
    await expect.poll(() => count(page)).toBe('3 riviä (suodatettu 55:stä)');
    const unitHeader = table(page).getByRole('columnheader', { name: /Yksikkö/ });
    await unitHeader.getByRole('button').click();
    await expect.poll(() => unitHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect
      .poll(() => unitsInOrder(page))
      .toEqual([
        'Elinkeino- ja työllisyyspalvelut',
        'Hallintopalvelut',
        'Konserni- ja elinvoimapalvelut',
      ]);
    await unitHeader.getByRole('button').click();
    await expect.poll(() => unitHeader.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(() => unitsInOrder(page))
      .toEqual([
        'Konserni- ja elinvoimapalvelut',
        'Hallintopalvelut',
        'Elinkeino- ja työllisyyspalvelut',
      ]);

    const url = page.url();
    expect(url).toContain('#/register?');
    expect(url).toContain('sort=-unit');
    await page.reload();
    await expect.poll(() => count(page)).toBe('3 riviä (suodatettu 55:stä)');
    expect(await page.getByLabel('Hae', { exact: true }).inputValue()).toBe('riskienhallinnan');
    expect(
      await table(page)
        .getByRole('columnheader', { name: /Yksikkö/ })
        .getAttribute('aria-sort'),
    ).toBe('descending');
    expect(await unitsInOrder(page)).toEqual([
      'Konserni- ja elinvoimapalvelut',
      'Hallintopalvelut',
      'Elinkeino- ja työllisyyspalvelut',
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects rows from the keyboard, by Shift range and all that match', async () => {
    const { page, context, errors } = await openRegister();
    await expect.poll(() => count(page)).toBe('55 riviä');
    const boxes = table(page).getByRole('checkbox', { name: /^Valitse: / });
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await page.getByText('1 rivi valittu').waitFor();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-row')))
      .toBe('1');
    await page.keyboard.press('Space');
    await page.getByText('2 riviä valittu').waitFor();

    await boxes.nth(5).click({ modifiers: ['Shift'] });
    await page.getByText('6 riviä valittu').waitFor();
    expect(await boxes.nth(3).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Muokkaa valittuja (6)' }).isEnabled()).toBe(
      true,
    );

    await page.getByRole('button', { name: /Valitse kaikki hakua vastaavat rivit/ }).click();
    await page.getByText('55 riviä valittu').waitFor();
    await page.getByRole('button', { name: 'Poista valinnat' }).click();
    await page.getByText('0 riviä valittu').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes any search text safely: regular-expression characters and 5,000 characters', async () => {
    const { page, context, errors } = await openRegister();
    const search = page.getByLabel('Hae', { exact: true });
    await search.fill('(.*[');
    await page.getByText('Yksikään rivi ei vastaa hakua ja suodattimia.').waitFor();
    await search.fill('x'.repeat(5_000));
    await page
      .getByText('Tekstissä on 5000 merkkiä. Haussa käytetään vain 200 ensimmäistä merkkiä.')
      .waitFor();
    await expect
      .poll(() => new URL(page.url().replace('#/', '')).searchParams.get('q')?.length)
      .toBe(200);
    await search.fill('');
    await expect.poll(() => count(page)).toBe('55 riviä');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders 5,055 rows with fewer than 300 in the DOM, here and on the unit page', async () => {
    const { page, context, errors } = await openRegister();
    const app = new ValvoApp(page);
    await page.goto(page.url().replace(/#.*$/, '#/units'));
    await app.openUnit('Viestintä ja markkinointi');
    const unitId = openUnitId(page);
    await seedStore(page, 'controlActions', syntheticActions(unitId, 2026, 5_000));

    // The seed wrote past Dexie, whose live queries cache what they read: load the app afresh.
    await page.goto(page.url().replace(/#.*$/, '#/register'));
    await page.reload();
    await expect.poll(() => count(page), { timeout: 20_000 }).toBe('5055 riviä');
    const rowsInDom = () => table(page).locator('tr').count();
    expect(await rowsInDom()).toBeLessThan(300);
    expect(await table(page).getAttribute('aria-rowcount')).toBe('5056');

    // Scrolled to the end, the last rows are there and the DOM is still small.
    await page.locator('.register-scroll').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await expect.poll(() => table(page).locator('tr[aria-rowindex="5056"]').count()).toBe(1);
    expect(await rowsInDom()).toBeLessThan(300);

    await page.getByLabel('Hae', { exact: true }).fill('tietosuojan');
    await expect.poll(() => count(page)).toMatch(/^\d+ riviä \(suodatettu 5055:stä\)$/);
    expect(
      await objectives(page).then((names) => names.every((name) => /Tietosuojan/.test(name))),
    ).toBe(true);

    await page.goto(page.url().replace(/#.*$/, `#/units/${unitId}?year=2026`));
    await app.table.waitFor();
    await expect.poll(() => app.table.getAttribute('aria-rowcount')).toBe('5004');
    expect(await app.table.locator('tr').count()).toBeLessThan(300);
    await page.locator('.virtual-scroll').evaluate((box) => {
      box.scrollTop = box.scrollHeight;
    });
    await expect.poll(() => app.table.locator('tr[aria-rowindex="5004"]').count()).toBe(1);
    expect(await app.table.locator('tr').count()).toBeLessThan(300);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violations', async () => {
    const { page, context } = await openRegister();
    const expectClean = async (screen: string) =>
      expect({ screen, violations: await seriousViolations(page) }).toEqual({
        screen,
        violations: [],
      });
    await expect.poll(() => count(page)).toBe('55 riviä');
    await expectClean('action register');
    await page.getByRole('button', { name: /Sarakkeet/ }).click();
    await expectClean('action register, column chooser open');
    await page.getByLabel('Hae', { exact: true }).fill('ei löydy mitään');
    await page.getByText('Yksikään rivi ei vastaa hakua ja suodattimia.').waitFor();
    await expectClean('action register, nothing matches');

    await page
      .getByRole('navigation', { name: 'Rekisterin näkymät' })
      .getByRole('link', { name: 'Riskit' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Rekisteri: riskit' }).waitFor();
    await expect.poll(() => count(page)).toBe('7 riviä');
    await expectClean('risk register');
    await context.close();
  });
});
