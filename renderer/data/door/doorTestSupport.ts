/**
 * A small register for the door's tests (imported only by *.test.ts files): the organisation with
 * a division and an area, a closed 2025 with a postponed row, and 2026 in review with two rows,
 * a deleted row, a risk, a deleted risk, an indicator of the first row (and a deleted one) and
 * the division's approval, which a write of its records withdraws.
 */
import type { Role } from '../../../shared/domain/settings';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { startEmptyOrganisation } from '../setup/setupOrganisation';
import { newBusinessesIndicator } from '../goals/goals.test-support';

export const blankRow = {
  actions: '',
  indicator: '',
  owner: '',
  deadline: '',
  status: 'not_started' as const,
};

export const blankRisk = {
  title: 'Riski',
  description: '',
  category: '',
  cause: '',
  consequence: '',
  owner: '',
  treatment: '' as const,
  controls: '',
  status: 'open' as const,
  reviewDate: '',
  toleranceOverride: '',
  objectiveActionId: '',
  objectiveText: '',
  linkedActionIds: [] as string[],
};

const unitInput = (name: string) => ({ name, code: '', accountable: '', manager: '' });

export type Register = Awaited<ReturnType<typeof doorRegister>>;

export const doorRegister = async () => {
  const db: ValvoDatabase = openTestDatabase();
  const context = testContext('Controller', '2026-11-02T08:00:00.000Z');
  const repos = createRepositories(db, context);
  const root = await startEmptyOrganisation(db, context, 'Kaupunki', 2026);
  const division = await repos.units.create(root.id, 'division', unitInput('Sivistys'));
  const other = await repos.units.create(root.id, 'division', unitInput('Tekninen'));
  const area = await repos.units.create(division.id, 'area', unitInput('Koulut'));

  await repos.years.create(2025, 'review');
  const old = await repos.actions.create(division.id, 2025, { ...blankRow, objective: 'Vanha' });
  await repos.actions.setOutcome(old.id, 1, { status: 'postponed', text: 'Siirtyy', evidence: '' });
  for (const unit of [root, division, other, area]) await repos.reviews.approve(unit.id, 2025);
  await repos.years.close(2025, '2026-01-20');

  const row = await repos.actions.create(division.id, 2026, { ...blankRow, objective: 'Eka' });
  const second = await repos.actions.create(division.id, 2026, { ...blankRow, objective: 'Toka' });
  const deletedRow = await repos.actions.create(division.id, 2026, {
    ...blankRow,
    objective: 'Poistettu',
  });
  await repos.actions.softDelete(deletedRow.id);
  const risk = await repos.risks.create(division.id, blankRisk);
  const deletedRisk = await repos.risks.create(division.id, { ...blankRisk, title: 'Pois' });
  await repos.risks.softDelete(deletedRisk.id);
  const indicator = await repos.indicators.add(row.id, newBusinessesIndicator);
  const deletedIndicator = await repos.indicators.add(row.id, newBusinessesIndicator);
  await repos.indicators.softDelete(deletedIndicator.id);
  await repos.years.setStatus(2026, 'review');
  await repos.reviews.approve(division.id, 2026);

  /** The same register written by another profile. */
  const as = (role: Role | null) =>
    createRepositories(db, testContext(`Kirjoittaja (${role})`, '2026-11-02T09:00:00.000Z', role));
  return {
    db,
    context,
    repos,
    as,
    ids: {
      root: root.id,
      division: division.id,
      other: other.id,
      area: area.id,
      row: row.id,
      second: second.id,
      deletedRow: deletedRow.id,
      risk: risk.id,
      deletedRisk: deletedRisk.id,
      indicator: indicator.id,
      deletedIndicator: deletedIndicator.id,
    },
  };
};

/** The division's 2026 review state, and the audit trail's length: what a write leaves. */
export const traces = async (db: ValvoDatabase, divisionId: string) => ({
  review: (await db.unitReviews.where('[year+unitId]').equals([2026, divisionId]).first())?.state,
  events: await db.auditEvents.count(),
});
