import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories } from '../../data/createRepositories';
import { DatabaseProvider } from '../../data/core/DatabaseProvider';
import { ValvoDatabase } from '../../data/core/database';
import { RepositoryProvider } from '../../data/RepositoryProvider';
import { initI18n } from '../../i18n';
import { PlatformProvider } from '../../platform/PlatformContext';
import { createWebApi } from '../../platform/web';
import { testContext } from '../../test/testDatabase';
import { PrintReport } from './PrintReport';

const ROWS = 40;
let databaseCount = 0;

/** An organisation with ROWS internal-control rows and a strategy goal with two indicators. */
const seed = async () => {
  databaseCount += 1;
  const name = `print-report-${databaseCount}`;
  const db = new ValvoDatabase(name);
  const repos = createRepositories(db, testContext('Laura Controller', '2026-06-15T08:00:00Z'));
  await repos.settings.save('profile', { name: 'Laura Controller', role: 'controller' });
  await repos.settings.save('organisation', {
    name: 'Kemijärvi',
    currentYear: 2026,
    isExample: false,
  });
  const unit = await repos.units.create(null, 'organisation', {
    name: 'Kemijärvi',
    code: '',
    accountable: '',
    manager: '',
  });
  await repos.years.create(2026, 'active');
  const row = (objective: string, kindId = 'internalControl', priorityId: string | null = null) =>
    repos.actions.create(unit.id, 2026, {
      objective,
      actions: '',
      indicator: '',
      owner: '',
      deadline: '',
      status: 'in_progress',
      kindId,
      priorityId,
    });
  for (let index = 1; index <= ROWS; index += 1) await row(`Valvontarivi ${index}`);
  const [priority] = await repos.goalSettings.addPriority(2026, 'KESTÄVÄ TALOUS');
  const goal = await row('Talous on tasapainossa', 'strategyGoal', priority!.id);
  for (const text of ['Vuosikate', 'Lainakanta']) {
    await repos.indicators.add(goal.id, {
      text,
      type: 'number',
      unit: '€/asukas',
      upTo100: false,
      baseline: '',
      target: '',
      direction: '',
    });
  }
  db.close();
  return { name, unitId: unit.id };
};

const inApp = (name: string, scopeId: string, packStep?: number) => (
  <PlatformProvider api={createWebApi('test')}>
    <DatabaseProvider name={name}>
      <RepositoryProvider>
        <PrintReport
          kind="audit"
          scopeId={scopeId}
          year={2026}
          generatedAt="2026-06-15T08:00:00.000Z"
          {...(packStep === undefined ? {} : { packStep })}
        />
      </RepositoryProvider>
    </DatabaseProvider>
  </PlatformProvider>
);

/** The page's text without the soft hyphens the printed report puts into long words. */
const pageText = () => (document.body.textContent ?? '').replace(/\u00ad/g, '');
const shownRows = () => (pageText().match(/Valvontarivi \d+/g) ?? []).length;
const isPrintReady = () => document.documentElement.dataset.printReady === 'true';

describe('the audit pack on its print route', () => {
  beforeAll(async () => {
    await initI18n('fi');
    // jsdom has no constructed stylesheets (the page margins' title uses one).
    if (!Array.isArray(document.adoptedStyleSheets)) {
      Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true });
    }
    if (typeof CSSStyleSheet.prototype.replaceSync !== 'function') {
      CSSStyleSheet.prototype.replaceSync = () => undefined;
    }
  });
  afterEach(cleanup);

  it('is built in steps with a progress bar, and says it is ready to print only when whole', async () => {
    const { name, unitId } = await seed();
    render(inApp(name, unitId, 10));
    const bar = await screen.findByRole('progressbar', { name: 'Raportin koostaminen' });
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^Koostetaan raporttia: \d+ %$/);
    expect(screen.getByRole('status').textContent).toMatch(/^Koostetaan raporttia: \d+ %$/);
    expect(shownRows()).toBeLessThan(2 * ROWS);
    expect(isPrintReady()).toBe(false);
    // Part of the pack on the page, the bar still there: the pack grows step by step.
    await waitFor(() => {
      expect(screen.getByRole('progressbar')).toBeTruthy();
      expect(shownRows()).toBeGreaterThan(0);
    });
    expect(shownRows()).toBeLessThan(2 * ROWS);
    expect(isPrintReady()).toBe(false);

    await waitFor(() => expect(isPrintReady()).toBe(true), { timeout: 10_000 });
    // Each row is in the unit's table and in the list of rows without an outcome.
    expect(shownRows()).toBe(2 * ROWS);
    expect(pageText()).toContain('Vuosikate');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a small pack whole at once, without a progress bar', async () => {
    const { name, unitId } = await seed();
    render(inApp(name, unitId));
    await waitFor(() => expect(isPrintReady()).toBe(true), { timeout: 10_000 });
    expect(shownRows()).toBe(2 * ROWS);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
