import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import { expectFocusOn, takeFocusLosses, watchFocusLoss } from '../support/focusTrail';
import { activate, chooseWithArrows, expectFocusInside, typeInto } from '../support/keyboard';
import { measureOverflow } from '../support/overflow';
import { ValvoApp } from './pages/ValvoApp';
import { seedReviewedYear } from './pages/reviewedYear';

const UNIT = 'Viestintä ja markkinointi';
const ROW = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';
const DIALOG = `Mittarit: ${ROW}`;
const MEASURE = 'Kyselyyn vastanneiden määrä';
const EXAMPLE_MEASURE =
  'Luottamusta ja viestinnän selkeyttä mittaavat kyselyt (asukkaat, henkilöstö, yritykset).';

/**
 * A row's indicators by keyboard in the browser: add a measurable one, record an actual value
 * that misses the target (a word first, refused at the field), find the row in the year-end
 * review as not judged and judge it there as the rule suggests, and override the row with a
 * reason; axe clean at each step, focus never lost to the page body,
 * and at 320 px the dialog does not scroll sideways.
 */
describe('the indicators of a row', () => {
  let browser: Browser;
  let page: Page;
  let app: ValvoApp;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, errors } = await openApp(browser));
    app = new ValvoApp(page);
    await app.firstRunWithExample();
    // The example's indicators are judged (none of its rows has an outcome yet), so the review
    // below waits for this spec's indicator alone.
    await seedReviewedYear(page, () => true);
    await page.reload();
    await app.openUnit(UNIT);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const expectClean = async (where: string) =>
    expect({ where, violations: await seriousViolations(page) }).toEqual({
      where,
      violations: [],
    });
  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name, exact: true });
  const save = (dialog: Locator) =>
    activate(page, dialog.getByRole('button', { name: 'Tallenna' }));

  it('adds an indicator, records a value, judges it and overrides the row, by keyboard', async () => {
    await watchFocusLoss(page);
    const opener = app.row(ROW).getByRole('button', { name: 'Mittarit' });
    await activate(page, opener);
    const dialog = app.dialog(DIALOG);
    await expectFocusInside(dialog);
    // The row's Toteutuma as the budget prints it is its one indicator, judged.
    await dialog.getByRole('listitem', { name: EXAMPLE_MEASURE }).waitFor();
    await expectClean('indicators: the example’s one');

    const add = dialog.getByRole('button', { name: 'Lisää mittari' });
    await activate(page, add);
    const text = dialog.getByLabel('Mittari (pakollinen)', { exact: true });
    await expectFocusOn(page, text, 'the new indicator form');
    await typeInto(page, text, MEASURE);
    await chooseWithArrows(page, dialog.getByLabel('Tyyppi'), 'Luku');
    await typeInto(page, dialog.getByLabel('Yksikkö'), 'kpl');
    await typeInto(page, dialog.getByLabel('Lähtötaso'), '120');
    await typeInto(page, dialog.getByLabel('Tavoite'), '300');
    await save(dialog);
    const card = dialog.getByRole('listitem', { name: MEASURE });
    await card.getByText('300 kpl · suurempi on parempi').waitFor();
    await expectFocusOn(page, add, 'back on Lisää mittari');
    await expectClean('indicators: one measurable');

    const record = card.getByRole('button', { name: 'Kirjaa toteuma' });
    await activate(page, record);
    const value = dialog.getByLabel('Toteuma (pakollinen)', { exact: true });
    await expectFocusOn(page, value, 'the value field');
    await typeInto(page, value, 'kaksisataa');
    await save(dialog);
    await dialog.getByText('Anna luku, esimerkiksi 12 tai 1 250,5.').waitFor();
    await expectClean('reading: a word refused');
    await typeInto(page, value, '210');
    await save(dialog);
    await card.getByText(/^210 kpl \(/).waitFor();
    await expectFocusOn(page, record, 'back on Kirjaa toteuma');

    await dialog.getByText('Arvioitu 1/2 mittaria').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The year-end review lists the row until its indicator is judged, and judges it from there.
    await nav('Vuosiarviointi').click();
    await app.chooseOption('Rajaus', UNIT);
    const reviewCard = page.getByRole('region', { name: new RegExp(`^${UNIT}`) });
    await reviewCard.getByRole('heading', { name: 'Mittareita arvioimatta (1)' }).waitFor();
    await expectClean('review: an indicator not judged');
    await activate(page, reviewCard.getByRole('button', { name: `Arvioi mittarit: ${ROW}` }));
    await expectFocusInside(dialog);
    const judge = dialog
      .getByRole('listitem', { name: MEASURE })
      .getByRole('button', { name: 'Arvioi' });
    await activate(page, judge);
    const judgement = dialog.getByLabel('Arvio', { exact: true });
    await expectFocusOn(page, judgement, 'the judgement');
    expect(await judgement.inputValue()).toBe('partlyMet');
    await save(dialog);
    await dialog
      .getByText('Säännön mukaan: osittain toteutunut (1/2 mittaria toteutunut)')
      .waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await reviewCard
      .getByRole('heading', { name: /^Mittareita arvioimatta/ })
      .waitFor({ state: 'detached' });
    expect(await takeFocusLosses(page)).toEqual([]);

    await nav('Yksiköt').click();
    await app.openUnit(UNIT);
    await activate(page, opener);
    await expectFocusInside(dialog);

    await activate(page, dialog.getByRole('button', { name: 'Arvioi rivi toisin' }));
    await save(dialog);
    await dialog.getByText('Pakollinen tieto puuttuu.').waitFor();
    await typeInto(
      page,
      dialog.getByLabel('Perustelu (pakollinen)'),
      'Kysely toistetaan tammikuussa; vastauksia kertyy vielä.',
    );
    await save(dialog);
    await dialog.getByText(/^Arvioitu toisin: toteutunut \(Maija Meikäläinen\)/).waitFor();
    await expectClean('indicators: overridden');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn(page, opener, 'back on the row’s Mittarit');
    await app
      .row(ROW)
      .getByText(/^Arvioitu toisin: toteutunut/)
      .waitFor();
    expect(await takeFocusLosses(page)).toEqual([]);
    expect(errors).toEqual([]);
    // Axe over the whole budget chapter's unit page, six times: slow on a busy machine.
  }, 120_000);

  it('keeps the table kinds and priorities in settings, by keyboard and axe clean', async () => {
    await nav('Asetukset').click();
    await page.getByRole('heading', { name: 'Talousarvion taulukot' }).waitFor();
    const add = page.getByRole('button', { name: 'Lisää taulukkotyyppi' });
    await activate(page, add);
    const dialog = app.dialog('Uusi taulukkotyyppi');
    await expectFocusInside(dialog);
    await expectClean('settings: a new table kind');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectFocusOn(page, add, 'back on Lisää taulukkotyyppi');
    const priority = page.getByLabel('Uusi painopiste vuodelle 2026 (pakollinen)');
    await typeInto(page, priority, 'KESTÄVÄ JA VIHREÄ KAUPUNKI');
    await page.keyboard.press('Enter');
    await page
      .getByRole('textbox', {
        name: 'Painopiste: KESTÄVÄ JA VIHREÄ KAUPUNKI',
      })
      .waitFor();
    await expectClean('settings: kinds and priorities');
  });

  it('fits 320 px without a sideways scroll', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await nav('Yksiköt').click();
    await app.openUnit(UNIT);
    await app.row(ROW).getByRole('button', { name: 'Mittarit' }).click();
    const dialog = app.dialog(DIALOG);
    await dialog.getByRole('listitem', { name: MEASURE }).waitFor();
    const overflow = await measureOverflow(page);
    expect(overflow.sticksOut).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await page.keyboard.press('Escape');
  });
});
