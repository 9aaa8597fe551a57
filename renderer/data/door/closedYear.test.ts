import { beforeEach, describe, expect, it } from 'vitest';
import { presetMatrix } from '../../../shared/risk-presets';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { blankRisk } from './doorTestSupport';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import { readPriorities } from '../goals/goalSettings';

type Call = () => Promise<unknown>;
type Case = { call: Call } | { notYearBound: string } | { separateTest: string };

/**
 * Every write of every repository against a closed year. The table must name each repository
 * method: a new write path without an entry fails this test, so none can slip past the lock.
 */
describe('a closed year is read-only in the data layer', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let ids: {
    unit: string;
    row: string;
    risk: string;
    openRow: string;
    indicator: string;
    deletedIndicator: string;
    priority: string;
  };

  beforeEach(async () => {
    db = openTestDatabase();
    repos = createRepositories(db, testContext('Controller', '2027-02-01T08:00:00.000Z'));
    const unit = await repos.units.create(null, 'organisation', {
      name: 'Kaupunki',
      code: '',
      accountable: '',
      manager: '',
    });
    await repos.years.create(2025, 'review');
    await repos.years.create(2026, 'review');
    await repos.years.create(2027, 'active');
    const blank = {
      actions: '',
      indicator: '',
      owner: '',
      deadline: '',
      status: 'not_started' as const,
    };
    const row = await repos.actions.create(unit.id, 2026, { ...blank, objective: 'Vanha rivi' });
    await repos.actions.create(unit.id, 2026, { ...blank, objective: 'Toinen' });
    const openRow = await repos.actions.create(unit.id, 2027, { ...blank, objective: 'Uusi rivi' });
    const indicator = await repos.indicators.add(row.id, newBusinessesIndicator);
    const deletedIndicator = await repos.indicators.add(row.id, newBusinessesIndicator);
    await repos.indicators.softDelete(deletedIndicator.id);
    await repos.goalSettings.addPriority(2026, 'Elinvoima');
    const risk = await repos.risks.create(unit.id, {
      title: 'Riski',
      description: '',
      category: '',
      cause: '',
      consequence: '',
      owner: '',
      treatment: '',
      controls: '',
      status: 'open',
      reviewDate: '',
      toleranceOverride: '',
      objectiveActionId: '',
      objectiveText: '',
      linkedActionIds: [openRow.id],
    });
    // Close 2026 directly: this test is about the lock, not about the close rules.
    for (const closed of [2025, 2026]) {
      const year = (await db.planYears.where('year').equals(closed).first())!;
      await db.planYears.put({
        ...year,
        status: 'closed',
        closedAt: '2027-01-31T10:00:00.000Z',
        closedBy: 'Controller',
      });
    }
    ids = {
      unit: unit.id,
      row: row.id,
      risk: risk.id,
      openRow: openRow.id,
      indicator: indicator.id,
      deletedIndicator: deletedIndicator.id,
      priority: (await readPriorities(db))[0]!.id,
    };
  });

  const cases = (): Record<keyof RepositorySet, Record<string, Case>> => {
    const formRow = {
      objective: 'Muutettu',
      actions: '',
      indicator: '',
      owner: '',
      deadline: '',
      status: 'in_progress' as const,
    };
    const riskForm = {
      ...blankRisk,
      linkedActionIds: [ids.openRow, ids.row],
    };
    return {
      actions: {
        create: { call: () => repos.actions.create(ids.unit, 2026, formRow) },
        update: { call: () => repos.actions.update(ids.row, 1, formRow) },
        setStatus: {
          call: () =>
            repos.actions.setStatus(ids.row, 1, { status: 'done', note: '' }, '2027-02-01'),
        },
        setOutcome: {
          call: () =>
            repos.actions.setOutcome(ids.row, 1, { status: 'done', text: 'Tehty', evidence: '' }),
        },
        overrideJudgement: {
          call: () =>
            repos.actions.overrideJudgement(ids.row, 1, { judgement: 'met', reason: 'Syy' }),
        },
        move: { call: () => repos.actions.move(ids.row, 1) },
        softDelete: { call: () => repos.actions.softDelete(ids.row) },
        restore: { separateTest: 'refuses to restore a soft-deleted row of a closed year' },
      },
      risks: {
        create: { call: () => repos.risks.create(ids.unit, riskForm) },
        update: { call: () => repos.risks.update(ids.risk, 1, riskForm) },
        softDelete: {
          notYearBound: 'risks carry over years; their rows and assessments are what a year locks',
        },
        restore: { notYearBound: 'risks carry over years' },
      },
      assessments: {
        add: {
          call: () =>
            repos.assessments.add(
              ids.risk,
              {
                date: '31.12.2026',
                assessor: 'A',
                likelihood: 2,
                impact: 2,
                kind: 'inherent',
                rationale: '',
              },
              '2027-02-01',
            ),
        },
      },
      reviews: {
        approve: { call: () => repos.reviews.approve(ids.unit, 2026) },
        returnToUnit: { call: () => repos.reviews.returnToUnit(ids.unit, 2026, 'Täydennä') },
      },
      years: {
        create: { notYearBound: 'creating a year cannot touch a closed one (refused as existing)' },
        setStatus: { call: () => repos.years.setStatus(2026, 'active') },
        close: { call: () => repos.years.close(2026, '2027-02-01') },
        reopen: { notYearBound: 'reopening is the one way out of a closed year (its own test)' },
      },
      carryOver: {
        carryOver: { call: () => repos.carryOver.carryOver(2025, 2026) },
      },
      units: {
        create: { notYearBound: 'the organisation tree is not per year' },
        update: { notYearBound: 'the organisation tree is not per year' },
        move: { notYearBound: 'the organisation tree is not per year' },
        setActive: { notYearBound: 'the organisation tree is not per year' },
      },
      settings: { save: { notYearBound: 'settings are organisation-wide' } },
      riskSettings: {
        saveMatrix: { notYearBound: 'organisation-wide; assessments keep their own scale' },
        addCategory: { notYearBound: 'organisation-wide' },
        renameCategory: { notYearBound: 'organisation-wide' },
        deleteCategory: { notYearBound: 'organisation-wide' },
        readMatrix: { notYearBound: 'a read' },
      },
      reportStatements: {
        save: { notYearBound: 'the statement is written about a closed year, after closing' },
      },
      packages: {
        issue: {
          call: () =>
            repos.packages.issue({ year: 2026, units: [{ unitId: ids.unit, issuedTo: 'A' }] }),
        },
        open: {
          separateTest: 'packages/packageRepository.test.ts: a package of a closed year is refused',
        },
        buildReturn: {
          notYearBound: 'the unit side cannot close its year: the scope guard refuses year changes',
        },
      },
      merge: {
        prepare: { notYearBound: 'a read: it refuses a closed year with its own message' },
        apply: { separateTest: 'merge/mergeRefusals.test.ts: a closed year refuses the merge' },
      },
      indicators: {
        add: { call: () => repos.indicators.add(ids.row, newBusinessesIndicator) },
        update: {
          call: () =>
            repos.indicators.update(ids.indicator, 1, { ...newBusinessesIndicator, target: '30' }),
        },
        addReading: {
          call: () =>
            repos.indicators.addReading(ids.indicator, 1, { date: '1.12.2026', value: '18' }),
        },
        judge: { call: () => repos.indicators.judge(ids.indicator, 1, 'met') },
        softDelete: { call: () => repos.indicators.softDelete(ids.indicator) },
        restore: { call: () => repos.indicators.restore(ids.deletedIndicator) },
      },
      goalSettings: {
        addKind: { notYearBound: 'table kinds are organisation-wide' },
        renameKind: { notYearBound: 'table kinds are organisation-wide' },
        moveKind: { notYearBound: 'table kinds are organisation-wide' },
        setKindRetired: { notYearBound: 'table kinds are organisation-wide' },
        deleteKind: { notYearBound: 'table kinds are organisation-wide' },
        addPriority: { call: () => repos.goalSettings.addPriority(2026, 'Hyvinvointi') },
        renamePriority: {
          call: () => repos.goalSettings.renamePriority(2026, ids.priority, 'Elinvoimaa'),
        },
        movePriority: { call: () => repos.goalSettings.movePriority(2026, ids.priority, 1) },
        deletePriority: { call: () => repos.goalSettings.deletePriority(2026, ids.priority) },
      },
      bulk: {
        updateActions: {
          separateTest: 'bulk/bulkRepository.test.ts: refuses rows of a closed year, naming them',
        },
        undo: {
          separateTest: 'bulk/bulkRepository.test.ts: refuses to undo into a year closed since',
        },
      },
    };
  };

  it('names every repository method', () => {
    const table = cases();
    for (const [name, repository] of Object.entries(repos)) {
      const methods = Object.keys(repository).sort();
      expect({ name, methods }).toEqual({
        name,
        methods: Object.keys(table[name as keyof RepositorySet] ?? {}).sort(),
      });
    }
  });

  it('refuses every year-bound write with a Finnish reason and changes nothing', async () => {
    const table = cases();
    for (const [name, repository] of Object.entries(table)) {
      for (const [method, entry] of Object.entries(repository)) {
        if (!('call' in entry)) continue;
        const before = {
          rows: await db.controlActions.toArray(),
          indicators: await db.indicators.toArray(),
          settings: await db.settings.toArray(),
          reviews: await db.unitReviews.toArray(),
          events: await db.auditEvents.count(),
          assessments: await db.assessments.count(),
        };
        const outcome = await entry.call().then(
          () => 'written',
          (error: { key?: string }) => error.key ?? String(error),
        );
        expect({ write: `${name}.${method}`, outcome }).toEqual({
          write: `${name}.${method}`,
          outcome: expect.stringMatching(/^years\.errors\.(closed|alreadyClosed)$/),
        });
        const after = {
          rows: await db.controlActions.toArray(),
          indicators: await db.indicators.toArray(),
          settings: await db.settings.toArray(),
          reviews: await db.unitReviews.toArray(),
          events: await db.auditEvents.count(),
          assessments: await db.assessments.count(),
        };
        expect({ write: `${name}.${method}`, after }).toEqual({
          write: `${name}.${method}`,
          after: before,
        });
      }
    }
  });

  it('refuses to restore a soft-deleted row of a closed year', async () => {
    const year = (await db.planYears.where('year').equals(2026).first())!;
    await db.planYears.put({ ...year, status: 'review' });
    await repos.actions.softDelete(ids.row);
    await db.planYears.put({ ...(await db.planYears.get(year.id))!, status: 'closed' });
    await expect(repos.actions.restore(ids.row)).rejects.toMatchObject({
      key: 'years.errors.closed',
    });
  });

  it('still writes to the open year', async () => {
    await expect(
      repos.actions.setStatus(ids.openRow, 2, { status: 'done', note: '' }, '2027-02-01'),
    ).resolves.toMatchObject({ status: 'done' });
    await expect(
      repos.assessments.add(
        ids.risk,
        {
          date: '1.2.2027',
          assessor: 'A',
          likelihood: 2,
          impact: 2,
          kind: 'inherent',
          rationale: '',
        },
        '2027-02-01',
      ),
    ).resolves.toMatchObject({ scale: presetMatrix(5).size });
  });
});
