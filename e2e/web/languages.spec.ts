import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../shared/dates';
import { en } from '../../renderer/i18n/en';
import { fi } from '../../renderer/i18n/fi';
import { sv } from '../../renderer/i18n/sv';
import * as exampleOrganisation from '../../shared/example/kemijarvi-2026';
import * as exampleGoals from '../../shared/example/kemijarvi-2026-goals';
import * as exampleRisks from '../../shared/example/kemijarvi-risks';
import * as riskPresets from '../../shared/risk-presets';
import * as tableKindPresets from '../../shared/table-kind-presets';
import { seriousViolations } from '../support/axe';
import { catalogueText } from '../support/catalogueText';
import { launchChromium, openApp } from '../support/browser';
import { expectFocusInside } from '../support/keyboard';
import { createTextCheck, pageTexts, stringsOf } from '../support/untranslated';
import { ValvoApp } from './pages/ValvoApp';

const SWITCH = 'Kieli / Språk / Language';
const UNIT = 'Viestintä ja markkinointi';
const RISK = 'Väärinymmärrykset, epäselvä viestintä ja ylikuormitus';
const ROW = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';

const text = catalogueText;

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Waits (as long as any locator) until the page says it is in `language`. */
const waitForLanguage = (page: Page, language: LanguageCode) =>
  page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });

const riskRow = (page: Page) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: RISK }) });

/** Live queries and a busy CI machine can take longer than expect.poll's one second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('the user interface in Finnish, Swedish and English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches at once, keeps the choice in the profile over a reload, and writes dates and numbers the language’s way', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    await app.firstRunWithExample();
    await app.openUnit(UNIT);
    await eventually(() => riskRow(page).textContent()).toContain('30.9.2026');
    expect(await htmlLang(page)).toBe('fi');

    await page.getByRole('link', { name: fi.nav.settings }).click();
    // By keyboard: the switch keeps focus while everything around it changes language.
    await page.getByLabel(SWITCH).focus();
    await page.keyboard.press('ArrowDown');
    await waitForLanguage(page, 'sv');
    await page.getByRole('heading', { level: 1, name: sv.settings.heading }).waitFor();
    await page.getByRole('status').getByText(sv.languages.saved).waitFor();
    await eventually(() => page.title()).toContain(sv.settings.heading);
    // Still on the switch, which now reads Swedish: focus was not lost on the way.
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(
      'sv',
    );

    await page.reload();
    await page.getByRole('navigation', { name: sv.app.mainNavigation }).waitFor();
    expect(await htmlLang(page)).toBe('sv');
    await page.getByRole('link', { name: sv.nav.units, exact: true }).click();
    await page
      .getByRole('navigation', { name: sv.units.treeLabel })
      .getByRole('link', { name: new RegExp(`^${UNIT}\\s*,`) })
      .click();
    await eventually(() => riskRow(page).textContent()).toContain('30.9.2026');
    await page.getByRole('button', { name: sv.actions.add }).click();
    await page
      .getByRole('dialog', { name: sv.actions.addTitle })
      .getByRole('button', { name: sv.actions.pickDate })
      .click();
    // React Aria's calendar follows the language too: Swedish month names.
    await eventually(() => page.getByRole('dialog').last().textContent()).toMatch(/juni 2026/i);
    await expectFocusInside(page.getByRole('dialog').last());
    await page.keyboard.press('Escape');
    await page.getByRole('grid').waitFor({ state: 'detached' });
    await page
      .getByRole('dialog', { name: sv.actions.addTitle })
      .getByRole('button', { name: sv.app.cancel })
      .click();

    await page.getByRole('link', { name: sv.nav.settings }).click();
    await page.getByLabel(SWITCH).selectOption('en');
    await waitForLanguage(page, 'en');
    await page.getByRole('link', { name: en.nav.units, exact: true }).click();
    await page
      .getByRole('navigation', { name: en.units.treeLabel })
      .getByRole('link', { name: new RegExp(`^${UNIT}\\s*,`) })
      .click();
    await eventually(() => riskRow(page).textContent()).toContain('30/09/2026');

    // Numbers: the review's completeness is "44 %" in Finnish and Swedish, "44%" in English.
    await page.getByRole('link', { name: en.nav.review }).click();
    await eventually(() => page.getByRole('main').textContent()).toMatch(/\d+% \(\d+ \/ \d+\)/);
    await page.getByRole('link', { name: en.nav.settings }).click();
    await page.getByLabel(SWITCH).selectOption('fi');
    await page.getByRole('link', { name: fi.nav.review }).click();
    await eventually(() => page.getByRole('main').textContent()).toMatch(/\d+\s%\s\(\d+ \/ \d+\)/);
    expect(await htmlLang(page)).toBe('fi');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('the text check itself tells catalogue text and data from text written past i18n', () => {
    const check = createTextCheck(en, [UNIT]);
    expect(check(en.actions.add)).toBeNull();
    expect(check(`Rows of unit ${UNIT} for 2026`)).toBeNull();
    expect(check('a367ef43-73e1-485b-b78f-4d329aebd18a · 30/09/2026 · 44%')).toBeNull();
    expect(check('Tallennettu')).toBe('tallennettu');
    expect(check(`${en.nav.units}: rivejä 3`)).toBe('rivejä 3');
  });

  it('shows no text in English that bypasses i18n: every visible text is from the English catalogue or the data', async () => {
    const { page, context, errors } = await openApp(browser);
    const app = new ValvoApp(page);
    const profileName = 'Maija Meikäläinen';
    await app.firstRunWithExample();
    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    await page.getByLabel(SWITCH).selectOption('en');
    await waitForLanguage(page, 'en');
    // The example organisation, its risks and the preset matrix are data, written in Finnish;
    // the table kinds' names and column headings are the organisation's setting, in each language.
    const check = createTextCheck(en, [
      ...stringsOf(exampleOrganisation),
      ...stringsOf(exampleGoals),
      ...stringsOf(exampleRisks),
      ...stringsOf(riskPresets),
      ...stringsOf(tableKindPresets),
      profileName,
      'Valvo',
    ]);
    const leaks = new Set<string>();
    const collect = async (screen: string) => {
      for (const text of await pageTexts(page)) {
        const rest = check(text);
        if (rest) leaks.add(`${screen}: ${JSON.stringify(text.trim())} (unexplained: ${rest})`);
      }
    };
    const visit = async (hash: string) => {
      await page.goto(page.url().replace(/#.*$/, hash));
      await page.locator('main h1').first().waitFor();
      await eventually(() => page.getByText(en.app.loading).count()).toBe(0);
      await collect(hash);
    };

    for (const hash of [
      '#/home',
      '#/risk-map',
      '#/register',
      '#/register/risks',
      '#/reports',
      '#/review',
      '#/years',
      '#/audit',
      '#/packages',
      '#/merge',
      '#/settings',
      '#/profile',
    ]) {
      await visit(hash);
    }
    await visit('#/units');
    await page
      .getByRole('navigation', { name: en.units.treeLabel })
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(UNIT)}\\s*,`) })
      .click();
    await riskRow(page).waitFor();
    await collect('unit');
    await page.getByRole('button', { name: en.actions.add }).click();
    await expectFocusInside(page.getByRole('dialog', { name: en.actions.addTitle }));
    await collect('add row dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await riskRow(page).getByRole('button', { name: en.risks.assess }).click();
    await expectFocusInside(page.getByRole('dialog'));
    await collect('assessment dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await riskRow(page).getByRole('link', { name: RISK }).click();
    await page.getByRole('heading', { level: 1, name: RISK }).waitFor();
    await collect('risk');
    await visit('#/reports');
    await page.getByRole('link', { name: en.reports.preview }).click();
    await page.getByRole('link', { name: en.reports.back }).waitFor();
    await eventually(() => page.getByRole('main').textContent()).toContain(UNIT);
    await collect('print preview');

    expect([...leaks]).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['fi', 'sv', 'en'] as const)(
    'has no serious or critical axe violation on any main screen or dialog in %s',
    async (language) => {
      const { page, context, errors } = await openApp(browser);
      const t = (key: string, values?: Record<string, string>) => text(language, key, values);
      const found: { screen: string; violations: unknown[] }[] = [];
      const check = async (screen: string) => {
        // Colour contrast depends on the style sheet, not the language: the Finnish run checks
        // it on these screens, and the Swedish and English runs leave out its slowest rule.
        const violations = await seriousViolations(page, {
          skipRules: language === 'fi' ? [] : ['color-contrast'],
        });
        if (violations.length > 0) found.push({ screen, violations });
      };
      const dialog = (title: string | RegExp) => page.getByRole('dialog', { name: title });
      const cancel = async (title: string | RegExp) => {
        await dialog(title)
          .getByRole('button', { name: t('app.cancel') })
          .click();
        await dialog(title).waitFor({ state: 'detached' });
      };
      const visit = async (hash: string, screen: string) => {
        await page.goto(page.url().replace(/#.*$/, hash));
        await page.locator('main h1').first().waitFor();
        await eventually(() => page.getByText(t('app.loading')).count()).toBe(0);
        await check(screen);
      };

      // The first run is in the chosen language from the start, and saves it in the profile.
      await page.getByLabel(SWITCH).selectOption(language);
      await page.getByLabel(t('firstRun.name')).waitFor();
      await waitForLanguage(page, language);
      await check('first run: profile');
      await page.getByLabel(t('firstRun.name')).fill('Maija Meikäläinen');
      await page.getByLabel(t('firstRun.role')).selectOption('controller');
      await page.getByRole('button', { name: t('firstRun.continue') }).click();
      await page.getByRole('button', { name: t('firstRun.loadExample') }).waitFor();
      await check('first run: start choice');
      await page.getByRole('button', { name: t('firstRun.loadExample') }).click();
      await page.getByRole('navigation', { name: t('units.treeLabel') }).waitFor();

      for (const [hash, screen] of [
        ['#/home', 'home'],
        ['#/risk-map', 'risk map'],
        ['#/register', 'register of rows'],
        ['#/register/risks', 'register of risks'],
        ['#/reports', 'reports'],
        ['#/audit', 'change log'],
        ['#/packages', 'unit packages'],
        ['#/merge', 'merge'],
        ['#/settings', 'settings'],
        ['#/profile', 'profile'],
        ['#/ei-ole', 'not found'],
      ] as const) {
        await visit(hash, screen);
      }

      // A unit with its rows and risks, and their dialogs.
      await visit('#/units', 'units');
      await page
        .getByRole('navigation', { name: t('units.treeLabel') })
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(UNIT)}\\s*,`) })
        .click();
      await page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
      await riskRow(page).waitFor();
      await check('unit with rows and risks');

      await page.getByRole('button', { name: t('actions.add') }).click();
      await dialog(t('actions.addTitle'))
        .getByRole('button', { name: t('app.save') })
        .click();
      await dialog(t('actions.addTitle')).getByText(t('validation.required')).first().waitFor();
      await check('add row dialog with errors');
      await cancel(t('actions.addTitle'));

      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: ROW, exact: true }) });
      await row.getByRole('button', { name: t('actions.changeStatus') }).click();
      await page.getByRole('dialog').waitFor();
      await check('status dialog');
      await cancel(/./);

      await row.getByRole('button', { name: t('audit.history') }).click();
      await expectFocusInside(page.getByRole('dialog'));
      await check('row history dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await page
        .getByRole('region', { name: t('units.heading') })
        .getByRole('button', { name: t('app.edit'), exact: true })
        .click();
      await dialog(t('units.editTitle')).waitFor();
      await check('edit unit dialog');
      await cancel(t('units.editTitle'));

      await page.getByRole('button', { name: t('risks.add') }).click();
      await dialog(t('risks.addTitle')).waitFor();
      await check('add risk dialog');
      await cancel(t('risks.addTitle'));

      await riskRow(page)
        .getByRole('button', { name: t('risks.assess') })
        .click();
      await dialog(t('risks.assessTitle', { title: RISK })).waitFor();
      await check('assessment dialog');
      await cancel(t('risks.assessTitle', { title: RISK }));

      await riskRow(page).getByRole('link', { name: RISK }).click();
      await page.getByRole('heading', { level: 1, name: RISK }).waitFor();
      await check('risk');

      await visit('#/reports', 'reports');
      await page.getByRole('link', { name: t('reports.preview') }).click();
      await page.getByRole('link', { name: t('reports.back') }).waitFor();
      await eventually(() => page.getByRole('main').textContent()).toContain(UNIT);
      await check('print preview');

      // The year in review: its dialogs.
      await visit('#/years', 'years');
      const year = page.getByRole('group', { name: '2026' });
      await year.getByRole('button', { name: t('years.toReview') }).click();
      await year.getByRole('button', { name: t('years.close') }).click();
      await dialog(t('years.closeTitle', { year: '2026' })).waitFor();
      await check('close year dialog');
      await cancel(t('years.closeTitle', { year: '2026' }));

      await visit('#/review', 'review');
      const card = page.getByRole('region', { name: new RegExp(`^${escapeRegExp(UNIT)}`) });
      await card.getByRole('button', { name: `${t('review.recordOutcome')}: ${ROW}` }).click();
      await dialog(t('review.outcomeTitle', { objective: ROW })).waitFor();
      await check('outcome dialog');
      await cancel(t('review.outcomeTitle', { objective: ROW }));
      await card.getByRole('button', { name: `${t('review.return')}: ${UNIT}` }).click();
      await dialog(t('review.returnTitle', { unit: UNIT })).waitFor();
      await check('return dialog');
      await cancel(t('review.returnTitle', { unit: UNIT }));

      expect(found).toEqual([]);
      expect(await htmlLang(page)).toBe(language);
      expect(errors).toEqual([]);
      await context.close();
    },
    // About twenty screens and dialogs, each scanned by axe: some 20 s on a quiet machine, and
    // three times that on a loaded one; the e2e default of 60 s is for one user task.
    180_000,
  );
});
