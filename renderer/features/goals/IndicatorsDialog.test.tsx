import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../shared/domain/unit';
import { NoticeProvider } from '../../components/Notice';
import { createRepositories } from '../../data/createRepositories';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { newBusinessesIndicator } from '../../data/goals/goals.test-support';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { ActionsSection } from '../actions';

let databaseCount = 0;

/** A unit with one strategy goal measured by new businesses: from 14 towards at least 20. */
const seed = async () => {
  databaseCount += 1;
  const name = `indicators-dialog-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const repos = createRepositories(db, testContext('Laura Controller', '2026-06-15T08:00:00Z'));
  await repos.settings.save('profile', { name: 'Laura Controller', role: 'controller' });
  const unit = await repos.units.create(null, 'organisation', {
    name: 'Kemijärvi',
    code: '',
    accountable: '',
    manager: '',
  });
  await repos.years.create(2026, 'active');
  const goal = await repos.actions.create(unit.id, 2026, {
    objective: 'Yritysten määrä kasvaa',
    actions: 'Yritysneuvonta',
    indicator: 'Uusien yritysten määrä (väh. 20 kpl)',
    owner: '',
    deadline: '',
    status: 'not_started',
    kindId: 'otherGoal',
  });
  const count = await repos.indicators.add(goal.id, newBusinessesIndicator);
  return { name, unit, db, goalId: goal.id, indicatorId: count.id };
};

const inApp = (name: string, unit: Unit) => (
  <PlatformProvider api={createWebApi('test')}>
    <DatabaseProvider name={name}>
      <RepositoryProvider>
        <NoticeProvider>
          <ActionsSection unit={unit} year={2026} canEdit />
        </NoticeProvider>
      </RepositoryProvider>
    </DatabaseProvider>
  </PlatformProvider>
);

const openDialog = async (name: string, unit: Unit) => {
  const user = userEvent.setup();
  render(inApp(name, unit));
  const row = await screen.findByRole('row', { name: /Yritysten määrä kasvaa/ });
  // The commands appear once the plan years are read (a closed year offers none).
  await user.click(await within(row).findByRole('button', { name: 'Mittarit' }));
  const dialog = await screen.findByRole('dialog', { name: 'Mittarit: Yritysten määrä kasvaa' });
  return { user, dialog };
};

/** An indicator's card, once the dialog has read it. */
const card = (dialog: HTMLElement, text: string) =>
  within(dialog).findByRole('listitem', { name: text });

describe('the indicator dialog of a row', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('records an actual value that misses the target, judges it and shows the row by the rule', async () => {
    const { name, unit, db, indicatorId } = await seed();
    const { user, dialog } = await openDialog(name, unit);
    const count = await card(dialog, 'Uusien yritysten määrä');
    expect(within(count).getByText('20 kpl · suurempi on parempi')).toBeTruthy();
    expect(within(dialog).getByText('Arvioitu 0/1 mittaria')).toBeTruthy();

    await user.click(within(count).getByRole('button', { name: 'Kirjaa toteuma' }));
    const value = await within(dialog).findByRole('textbox', { name: /^Toteuma/ });
    expect(document.activeElement).toBe(value);
    await user.type(value, 'kuusitoista');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await within(dialog).findByText('Anna luku, esimerkiksi 12 tai 1 250,5.')).toBeTruthy();
    await user.clear(value);
    await user.type(value, '16 %');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(
      await within(dialog).findByText('Arvo on annettu yksikössä ”%”, mittarin yksikkö on ”kpl”.'),
    ).toBeTruthy();
    expect((await db.indicators.get(indicatorId))?.values).toEqual([]);

    await user.clear(value);
    await user.type(value, '16');
    const date = within(dialog).getByRole('textbox', { name: /^Päivä, jota toteuma kuvaa/ });
    await user.clear(date);
    await user.type(date, '31.12.2026');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    const after = await card(dialog, 'Uusien yritysten määrä');
    expect(
      await within(after).findByText('16 kpl (31.12.2026, Laura Controller), kirjauksia 1'),
    ).toBeTruthy();
    // Back in the list, focus is on the button that opened the form.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Kirjaa toteuma'));

    // 16 is more than the baseline 14 but short of 20: the suggestion is partly met.
    await user.click(within(after).getByRole('button', { name: 'Arvioi' }));
    const judgement = await within(dialog).findByRole('combobox', { name: 'Arvio' });
    expect((judgement as HTMLSelectElement).value).toBe('partlyMet');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(
      await within(dialog).findByText(
        'Säännön mukaan: osittain toteutunut (0/1 mittaria toteutunut)',
      ),
    ).toBeTruthy();
    expect((await db.indicators.get(indicatorId))?.judgement).toBe('partlyMet');
  });

  it('overrides the row only with a written reason, and the change log keeps it', async () => {
    const { name, unit, db, goalId, indicatorId } = await seed();
    const stored = (await db.indicators.get(indicatorId))!;
    const repos = createRepositories(db, testContext('Laura Controller', '2026-06-15T09:00:00Z'));
    await repos.indicators.judge(indicatorId, stored.rev, 'notMet');
    const { user, dialog } = await openDialog(name, unit);
    await within(dialog).findByText('Säännön mukaan: ei toteutunut (0/1 mittaria toteutunut)');

    await user.click(within(dialog).getByRole('button', { name: 'Arvioi rivi toisin' }));
    const choice = await within(dialog).findByRole('combobox', { name: 'Rivin arvio' });
    await user.selectOptions(choice, 'partlyMet');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await within(dialog).findByText('Pakollinen tieto puuttuu.')).toBeTruthy();
    expect((await db.controlActions.get(goalId))?.judgementOverride).toBeNull();

    await user.type(
      within(dialog).getByRole('textbox', { name: /^Perustelu/ }),
      'Yrityksiä syntyi vuoden lopulla neljä lisää.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(
      await within(dialog).findByText(
        'Arvioitu toisin: osittain toteutunut (Laura Controller). Perustelu: Yrityksiä syntyi vuoden lopulla neljä lisää.',
      ),
    ).toBeTruthy();
    const events = await db.auditEvents
      .where('[entity+entityId]')
      .equals(['controlAction', goalId])
      .sortBy('seq');
    expect(events.at(-1)?.changes.judgementOverride?.[1]).toMatchObject({
      judgement: 'partlyMet',
      reason: 'Yrityksiä syntyi vuoden lopulla neljä lisää.',
    });
  });

  it('adds an indicator, refusing a share over 100 % at its field', async () => {
    const { name, unit, db, goalId } = await seed();
    const { user, dialog } = await openDialog(name, unit);
    await user.click(await within(dialog).findByRole('button', { name: 'Lisää mittari' }));
    await user.type(
      await within(dialog).findByRole('textbox', { name: /^Mittari/ }),
      'Yritysten tyytyväisyys palveluun',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Tyyppi' }),
      'percentage',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /enintään 100/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Tavoite/ }), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await within(dialog).findByText('Osuus voi olla 0–100 %.')).toBeTruthy();
    expect(await db.indicators.where('actionId').equals(goalId).count()).toBe(1);

    await user.clear(within(dialog).getByRole('textbox', { name: /^Tavoite/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Tavoite/ }), '80 %');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    const added = await card(dialog, 'Yritysten tyytyväisyys palveluun');
    expect(within(added).getByText('80 % · suurempi on parempi')).toBeTruthy();
    expect(await db.indicators.where('actionId').equals(goalId).count()).toBe(2);
  });
});
