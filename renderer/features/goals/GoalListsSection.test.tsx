import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NoticeProvider } from '../../components/Notice';
import { createRepositories } from '../../data/createRepositories';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { readPriorities, readTableKinds } from '../../data/goals/goalSettings';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { GoalListsSection } from './GoalListsSection';

let databaseCount = 0;

const seed = async () => {
  databaseCount += 1;
  const name = `goal-lists-${databaseCount}`;
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
  const [priority] = await repos.goalSettings.addPriority(2026, 'VASTUULLINEN JOHTAMINEN');
  await repos.actions.create(unit.id, 2026, {
    objective: 'Johtamisen laatu paranee',
    actions: '',
    indicator: '',
    owner: '',
    deadline: '',
    status: 'not_started',
    kindId: 'strategyGoal',
    priorityId: priority!.id,
  });
  return { name, db };
};

const inApp = (name: string) => (
  <PlatformProvider api={createWebApi('test')}>
    <DatabaseProvider name={name}>
      <RepositoryProvider>
        <NoticeProvider>
          <GoalListsSection canEdit currentYear={2026} />
        </NoticeProvider>
      </RepositoryProvider>
    </DatabaseProvider>
  </PlatformProvider>
);

describe('the table kinds and strategy priorities in settings', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('adds a kind in three languages, moves it up and retires it; its rows would stay', async () => {
    const { name, db } = await seed();
    const user = userEvent.setup();
    render(inApp(name));
    await user.click(await screen.findByRole('button', { name: 'Lisää taulukkotyyppi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Uusi taulukkotyyppi' });
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(within(dialog).getAllByText('Pakollinen tieto puuttuu.')).toHaveLength(12);
    const texts = {
      fi: ['Kuntalaisaloitteet', 'Aloite', 'Toimenpiteet', 'Käsittely'],
      sv: ['Invånarinitiativ', 'Initiativ', 'Åtgärder', 'Behandling'],
      en: ['Initiatives', 'Initiative', 'Actions', 'Handling'],
    };
    const boxes = within(dialog).getAllByRole('textbox');
    const values = [...texts.fi, ...texts.sv, ...texts.en];
    for (const [index, box] of boxes.entries()) await user.type(box, values[index]!);
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await screen.findByText('Kuntalaisaloitteet');
    expect((await readTableKinds(db)).at(-1)?.labels.sv.name).toBe('Invånarinitiativ');

    await user.click(screen.getByRole('button', { name: 'Siirrä ylös: Kuntalaisaloitteet' }));
    await waitFor(async () =>
      expect((await readTableKinds(db)).at(-2)?.labels.fi.name).toBe('Kuntalaisaloitteet'),
    );
    await user.click(screen.getByRole('button', { name: 'Poista käytöstä: Kuntalaisaloitteet' }));
    await screen.findByText('Kuntalaisaloitteet (poistettu käytöstä)');
  });

  it('renames a priority, and refuses to delete one its rows use, with the count', async () => {
    const { name, db } = await seed();
    const user = userEvent.setup();
    render(inApp(name));
    const field = await screen.findByRole('textbox', {
      name: 'Painopiste: VASTUULLINEN JOHTAMINEN',
    });
    await user.clear(field);
    await user.type(field, 'VASTUULLINEN JA AVOIN JOHTAMINEN');
    await user.click(
      screen.getByRole('button', { name: 'Nimeä uudelleen: VASTUULLINEN JOHTAMINEN' }),
    );
    await waitFor(async () =>
      expect((await readPriorities(db)).map((item) => item.name)).toEqual([
        'VASTUULLINEN JA AVOIN JOHTAMINEN',
      ]),
    );
    await user.click(
      await screen.findByRole('button', { name: 'Poista: VASTUULLINEN JA AVOIN JOHTAMINEN' }),
    );
    expect(
      await screen.findByText(
        'Painopistettä käyttää 1 riviä. Siirrä rivit toiseen painopisteeseen ensin.',
      ),
    ).toBeTruthy();
    expect(await readPriorities(db)).toHaveLength(1);
  });
});
