import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../../shared/domain/unit';
import { NoticeProvider } from '../../components/Notice';
import { createRepositories } from '../../data/createRepositories';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { createGoalSettingsRepository } from '../../data/goals/goalSettingsRepository';
import { newBusinessesIndicator } from '../../data/goals/goals.test-support';
import { createIndicatorRepository } from '../../data/goals/indicatorRepository';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { ActionsSection } from './ActionsSection';

let databaseCount = 0;
const blank = {
  actions: '',
  indicator: '',
  owner: '',
  deadline: '',
  status: 'not_started' as const,
};

const seed = async (withGoals: boolean) => {
  databaseCount += 1;
  const name = `actions-section-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const context = testContext('Laura Controller', '2026-06-15T08:00:00Z');
  const repos = createRepositories(db, context);
  await repos.settings.save('profile', { name: 'Laura Controller', role: 'controller' });
  const unit = await repos.units.create(null, 'organisation', {
    name: 'Kemijärvi',
    code: '',
    accountable: '',
    manager: '',
  });
  await repos.years.create(2026, 'active');
  await repos.actions.create(unit.id, 2026, { ...blank, objective: 'Hankinnat kilpailutetaan' });
  if (withGoals) {
    const goals = createGoalSettingsRepository(db, context);
    const indicators = createIndicatorRepository(db, context);
    const [priority] = await goals.addPriority(2026, 'ELÄMÄÄ SYKKIVÄÄ KASVUA');
    const goal = await repos.actions.create(unit.id, 2026, {
      ...blank,
      objective: 'Yritysten määrä kasvaa',
      indicator: 'Uusien yritysten määrä (väh. 20 kpl)',
      kindId: 'strategyGoal',
      priorityId: priority!.id,
    });
    const count = await indicators.add(goal.id, newBusinessesIndicator);
    const read = await indicators.addReading(count.id, count.rev, {
      date: '31.12.2026',
      value: '17',
    });
    await indicators.judge(read.id, read.rev, 'partlyMet');
    await repos.actions.create(unit.id, 2026, {
      ...blank,
      objective: 'Viestintäsuunnitelma',
      kindId: 'otherGoal',
    });
  }
  return { name, unit };
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

describe('a unit page in the budget order', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(() => cleanup());

  it('shows a table per kind with its own headings, strategy goals under their priority', async () => {
    const { name, unit } = await seed(true);
    render(inApp(name, unit));
    await screen.findByText('Yritysten määrä kasvaa');
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Strategiset tavoitteet',
      'Muut tavoitteet',
      'Sisäinen valvonta ja riskienhallinta',
    ]);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('ELÄMÄÄ SYKKIVÄÄ KASVUA');
    const strategy = screen.getByRole('table', { name: /^Strategiset tavoitteet, ELÄMÄÄ/ });
    expect(
      within(strategy)
        .getAllByRole('columnheader')
        .slice(0, 3)
        .map((header) => header.textContent),
    ).toEqual(['Tavoite', 'Toimenpiteet', 'Mittarit']);
    const goal = within(strategy).getByRole('row', { name: /Yritysten määrä kasvaa/ });
    for (const text of [
      'tavoite 20 kpl',
      'toteuma 17 kpl (31.12.2026)',
      'Osittain toteutunut',
      'Säännön mukaan: osittain toteutunut (0/1 mittaria toteutunut)',
    ])
      expect(within(goal).getByText(text)).toBeTruthy();
    // Each table orders its own rows: the only strategy goal has nowhere to move.
    expect(within(goal).getByRole('button', { name: /Siirrä ylös/ })).toHaveProperty(
      'disabled',
      true,
    );
    expect(within(goal).getByRole('button', { name: /Siirrä alas/ })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('keeps a unit that follows only internal control as one table without a sub-heading', async () => {
    const { name, unit } = await seed(false);
    render(inApp(name, unit));
    await screen.findByText('Hankinnat kilpailutetaan');
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
    expect(
      screen.getByRole('table', { name: 'Yksikön Kemijärvi rivit vuodelle 2026' }),
    ).toBeTruthy();
  });
});
