import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutSoftHyphens } from '../../shared/print/hyphenation';
import { seriousViolations } from '../support/axe';
import { launchChromium, openApp } from '../support/browser';
import {
  activate,
  expectFocusInside,
  chooseWithArrows,
  focusedDescription,
  hasFocus,
  tabTo,
  typeInto,
} from '../support/keyboard';

const UNIT = 'Viestintä ja markkinointi';
const RISK = 'Väärinymmärrykset, epäselvä viestintä ja ylikuormitus';
const ROW = 'Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan.';

/** Focus lands where it should, once the dialog's close and the live query have settled. */
const expectFocusOn = async (page: Page, target: Locator, what: string) => {
  await expect
    .poll(async () => ((await hasFocus(target)) ? what : await focusedDescription(page)), {
      timeout: 5_000,
    })
    .toBe(what);
};

const expectClean = async (page: Page, screen: string) => {
  expect({ screen, violations: await seriousViolations(page) }).toEqual({ screen, violations: [] });
};

/**
 * The main flows with the keyboard only: Tab and Shift+Tab to move, Enter and Space to press,
 * arrows in selects, typing in fields, Escape to close. No mouse, no locator.click(). After
 * every dialog, focus must be back on what opened it, or on its sensible successor when the
 * change removed that control.
 */
/** Live queries and a busy CI machine can take longer than expect.poll's one second. */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('the main flows with the keyboard only', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts, adds a row, assesses a risk, opens a print view and records a review outcome', async () => {
    const { page, context, errors } = await openApp(browser);

    // First run: the profile and the example organisation.
    await typeInto(page, page.getByLabel('Nimi'), 'Kaisa Näppäimistö');
    await chooseWithArrows(page, page.getByLabel('Rooli'), 'Controller');
    await activate(page, page.getByRole('button', { name: 'Jatka' }));
    await activate(page, page.getByRole('button', { name: 'Lataa esimerkki' }));
    await page.getByRole('navigation', { name: 'Organisaatio' }).waitFor();

    // The skip link is the first stop and takes focus past the navigation.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, page.getByRole('link', { name: 'Siirry sisältöön' }));
    await page.keyboard.press('Enter');
    await expectFocusOn(page, page.locator('#main'), 'main');

    // Add a row on a unit.
    await activate(page, page.getByRole('link', { name: 'Yksiköt', exact: true }));
    await activate(
      page,
      page
        .getByRole('navigation', { name: 'Organisaatio' })
        .getByRole('link', { name: new RegExp(`^${UNIT}\\s*,`) }),
    );
    await page.getByRole('heading', { level: 1, name: UNIT }).waitFor();
    const addRow = page.getByRole('button', { name: 'Lisää rivi' });
    await activate(page, addRow);
    const rowDialog = page.getByRole('dialog', { name: 'Uusi rivi' });
    await expectFocusInside(rowDialog);
    await activate(page, rowDialog.getByRole('button', { name: 'Tallenna' }));
    await rowDialog.getByText('Pakollinen tieto puuttuu.').first().waitFor();
    await typeInto(
      page,
      rowDialog.getByLabel('Sisäinen valvonta ja riskienhallinta'),
      'Näppäimistöllä lisätty rivi',
    );
    await typeInto(page, rowDialog.getByLabel('Vastuuhenkilö'), 'Kaisa Näppäimistö');
    await typeInto(page, rowDialog.getByLabel('Määräaika'), '30.9.2026');
    await chooseWithArrows(page, rowDialog.getByLabel('Tila'), 'Käynnissä');
    await expectClean(page, 'add row dialog');
    await activate(page, rowDialog.getByRole('button', { name: 'Tallenna' }));
    await rowDialog.waitFor({ state: 'detached' });
    await expectFocusOn(page, addRow, 'the add row button');
    await page.getByRole('rowheader', { name: 'Näppäimistöllä lisätty rivi' }).waitFor();

    // Escape closes a dialog without saving and gives focus back.
    const changeStatus = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: ROW, exact: true }) })
      .getByRole('button', { name: 'Päivitä tila' });
    await activate(page, changeStatus, 'Space');
    await expectFocusInside(page.getByRole('dialog'));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectFocusOn(page, changeStatus, 'the change status button');

    // Assess a risk of the same unit.
    const assess = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: RISK }) })
      .getByRole('button', { name: 'Arvioi' });
    await activate(page, assess);
    const assessment = page.getByRole('dialog', { name: /^Arvioi riski/ });
    await expectFocusInside(assessment);
    await chooseWithArrows(page, assessment.getByLabel('Todennäköisyys'), /^3/);
    await chooseWithArrows(page, assessment.getByLabel('Vaikutus'), /^2/);
    await typeInto(page, assessment.getByLabel('Arviointipäivä'), '1.6.2026');
    await typeInto(page, assessment.getByLabel('Perustelut'), 'Arvioitu näppäimistöllä.');
    await expectClean(page, 'assessment dialog');
    await activate(page, assessment.getByRole('button', { name: 'Tallenna' }));
    await assessment.waitFor({ state: 'detached' });
    await expectFocusOn(page, assess, 'the assess button');
    await eventually(() =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: RISK }) })
        .textContent(),
    ).toContain('3 × 2 = 6');

    // Open a report's print view, and come back.
    await activate(page, page.getByRole('link', { name: 'Raportit', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Raportit' }).waitFor();
    await activate(page, page.getByRole('link', { name: 'Esikatsele' }));
    await page.waitForURL(/#\/print\//);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // The print view soft-hyphenates texts for print.
    await eventually(async () =>
      withoutSoftHyphens((await page.getByRole('main').textContent()) ?? ''),
    ).toContain('Näppäimistöllä lisätty rivi');
    await activate(page, page.getByRole('link', { name: 'Takaisin' }));
    await page.getByRole('heading', { level: 1, name: 'Raportit' }).waitFor();

    // Move the year to review and record a row's outcome.
    await activate(page, page.getByRole('link', { name: 'Vuodet', exact: true }));
    const year = page.getByRole('group', { name: '2026' });
    await activate(page, year.getByRole('button', { name: 'Siirry vuosiarviointiin' }));
    // The pressed button gives way to the review phase's buttons; focus goes to the first.
    await expectFocusOn(page, year.getByRole('button').first(), 'the year’s first command');
    await eventually(() => year.textContent()).toContain('Sulje vuosi');

    await activate(page, page.getByRole('link', { name: 'Vuosiarviointi', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Vuosiarviointi 2026' }).waitFor();
    const card = page.getByRole('region', { name: new RegExp(`^${UNIT}`) });
    const record = card.getByRole('button', { name: `Kirjaa toteuma: ${ROW}` });
    await activate(page, record);
    const outcome = page.getByRole('dialog', { name: /^Toteuma:/ });
    await expectFocusInside(outcome);
    await chooseWithArrows(page, outcome.getByLabel('Lopullinen tila'), 'Toteutunut');
    await typeInto(
      page,
      outcome.getByLabel('Toteuma (pakollinen)'),
      'Kysely tehty, luottamus säilyi.',
    );
    await expectClean(page, 'outcome dialog');
    await activate(page, outcome.getByRole('button', { name: 'Tallenna' }));
    await outcome.waitFor({ state: 'detached' });
    await record.waitFor({ state: 'detached' });
    // The row left the list with its button: focus goes on to the next row to record.
    await expectFocusOn(
      page,
      card.getByRole('button', { name: /^Kirjaa toteuma: / }).first(),
      'the next row’s record button',
    );

    expect(errors).toEqual([]);
    await context.close();
  });
});
