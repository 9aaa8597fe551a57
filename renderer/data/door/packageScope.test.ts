import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Risk } from '../../../shared/domain/risk';
import type { Indicator } from '../../../shared/domain/indicator';
import { foreignIndicators, goalPackageCases } from './goalPackageScopeCases';
import type { UnitPackage } from '../../../shared/packages/format';
import { PRESET_CATEGORIES } from '../../../shared/risk-presets';
import type { RepositorySet } from '../createRepositories';
import { createRepositories } from '../createRepositories';
import { testContext } from '../../test/testDatabase';
import { serializeBackup } from '../../../shared/backup/format';
import { importBackup } from '../backups/backupService';
import { readBackup } from '../backups/readBackup';
import { snapshot as snapshotBackup } from '../backups/snapshot';
import { APP_VERSION } from '../../platform';
import type { Side } from '../packages/packageTestSupport';
import {
  blankRisk,
  blankRow,
  controllerSide,
  managerSide,
  readBack,
  snapshot,
  unitIdByName,
} from '../packages/packageTestSupport';

type Call = () => Promise<unknown>;
type Case = { refused: Call } | { allowed: Call } | { notAWrite: string } | { elsewhere: string };

/**
 * Package mode in the data layer: with a unit package open, every write of every repository
 * either stays in the package's unit and year, or is refused with a Finnish reason and changes
 * nothing. The table names each repository method, so a new write path without an entry fails.
 * The probe writes as a controller: roles are chosen by the user, the scope is not.
 */
describe('package mode keeps every write in the open package’s scope', () => {
  let manager: Side;
  let repos: RepositorySet;
  let pkg: UnitPackage;
  let ids: {
    division: string;
    ownRow: ControlAction;
    ownRisk: Risk;
    foreignRow: ControlAction;
    foreignDeletedRow: ControlAction;
    foreignRisk: Risk;
    foreignDeletedRisk: Risk;
    foreignIndicator: Indicator;
    foreignDeletedIndicator: Indicator;
  };

  beforeEach(async () => {
    const controller = await controllerSide();
    const unitId = await unitIdByName(controller.db, 'Viestintä ja markkinointi');
    [pkg] = (await controller.repos.packages.issue({
      year: 2026,
      units: [{ unitId, issuedTo: 'Eero Esihenkilö' }],
    })) as [UnitPackage];
    manager = await managerSide();
    await manager.repos.packages.open(readBack(pkg));
    repos = createRepositories(
      manager.db,
      testContext('Eero Esihenkilö', '2026-04-02T08:00:00.000Z', 'controller'),
    );
    // Records of another unit, as if they had got here: the guard must hold for them too.
    const division = pkg.units.find((unit) => unit.kind === 'division')!;
    const ownRow = pkg.records.controlActions[0]!;
    const foreign = (index: number, deletedAt: string | null = null): ControlAction => ({
      ...ownRow,
      id: `00000000-0000-4000-8000-f0000000000${index}`,
      unitId: division.id,
      sortOrder: index,
      deletedAt,
    });
    const ownRisk = pkg.records.risks[0]!;
    const foreignRisk = (index: number, deletedAt: string | null = null): Risk => ({
      ...ownRisk,
      id: `00000000-0000-4000-8000-e0000000000${index}`,
      unitId: division.id,
      deletedAt,
    });
    const rows = [foreign(1), foreign(2), foreign(3, '2026-03-01T08:00:00.000Z')];
    const risks = [foreignRisk(1), foreignRisk(2, '2026-03-01T08:00:00.000Z')];
    await manager.db.controlActions.bulkAdd(rows);
    await manager.db.risks.bulkAdd(risks);
    const indicators = foreignIndicators(rows[0]!.id, division.id);
    await manager.db.indicators.bulkAdd(indicators);
    ids = {
      division: division.id,
      ownRow,
      ownRisk,
      foreignRow: rows[0]!,
      foreignDeletedRow: rows[2]!,
      foreignRisk: risks[0]!,
      foreignDeletedRisk: risks[1]!,
      foreignIndicator: indicators[0]!,
      foreignDeletedIndicator: indicators[1]!,
    };
  });

  const cases = (): Record<keyof RepositorySet, Record<string, Case>> => {
    const row = { ...blankRow, objective: 'Muutettu' };
    const assessment = {
      date: '1.4.2026',
      assessor: 'A',
      likelihood: 2,
      impact: 2,
      kind: 'inherent' as const,
      rationale: '',
    };
    const unitInput = { name: 'Uusi', code: '', accountable: '', manager: '' };
    return {
      actions: {
        create: { refused: () => repos.actions.create(ids.division, 2026, row) },
        update: { refused: () => repos.actions.update(ids.foreignRow.id, ids.foreignRow.rev, row) },
        setStatus: {
          refused: () =>
            repos.actions.setStatus(
              ids.foreignRow.id,
              ids.foreignRow.rev,
              { status: 'done', note: '' },
              '2026-04-02',
            ),
        },
        setOutcome: {
          refused: () =>
            repos.actions.setOutcome(ids.foreignRow.id, ids.foreignRow.rev, {
              status: 'done',
              text: 'Tehty',
              evidence: '',
            }),
        },
        overrideJudgement: {
          refused: () =>
            repos.actions.overrideJudgement(ids.foreignRow.id, ids.foreignRow.rev, {
              judgement: 'notMet',
              reason: 'Syy',
            }),
        },
        move: { refused: () => repos.actions.move(ids.foreignRow.id, 1) },
        softDelete: { refused: () => repos.actions.softDelete(ids.foreignRow.id) },
        restore: { refused: () => repos.actions.restore(ids.foreignDeletedRow.id) },
      },
      risks: {
        create: { refused: () => repos.risks.create(ids.division, blankRisk) },
        update: {
          refused: () => repos.risks.update(ids.foreignRisk.id, ids.foreignRisk.rev, blankRisk),
        },
        softDelete: { refused: () => repos.risks.softDelete(ids.foreignRisk.id) },
        restore: { refused: () => repos.risks.restore(ids.foreignDeletedRisk.id) },
      },
      assessments: {
        add: { refused: () => repos.assessments.add(ids.foreignRisk.id, assessment, '2026-04-02') },
      },
      units: {
        create: { refused: () => repos.units.create(ids.division, 'area', unitInput) },
        update: { refused: () => repos.units.update(pkg.unitId, 1, unitInput) },
        move: { refused: () => repos.units.move(pkg.unitId, ids.division) },
        setActive: { refused: () => repos.units.setActive(pkg.unitId, false) },
      },
      settings: {
        save: {
          refused: () =>
            repos.settings.save('organisation', {
              name: 'Toinen',
              currentYear: 2026,
              isExample: false,
            }),
        },
      },
      years: {
        create: { refused: () => repos.years.create(2027) },
        setStatus: { refused: () => repos.years.setStatus(2026, 'review') },
        close: { refused: () => repos.years.close(2026, '2026-04-02') },
        reopen: { refused: () => repos.years.reopen(2026, 'Syy') },
      },
      reviews: {
        approve: { refused: () => repos.reviews.approve(pkg.unitId, 2026) },
        returnToUnit: { refused: () => repos.reviews.returnToUnit(pkg.unitId, 2026, 'Täydennä') },
      },
      carryOver: { carryOver: { refused: () => repos.carryOver.carryOver(2025, 2026) } },
      riskSettings: {
        saveMatrix: {
          refused: async () => repos.riskSettings.saveMatrix(await repos.riskSettings.readMatrix()),
        },
        addCategory: { refused: () => repos.riskSettings.addCategory('Uusi luokka') },
        renameCategory: {
          refused: () => repos.riskSettings.renameCategory(PRESET_CATEGORIES[3]!.id, 'Toinen'),
        },
        deleteCategory: { refused: () => repos.riskSettings.deleteCategory('compliance') },
        readMatrix: { notAWrite: 'a read' },
      },
      reportStatements: {
        save: {
          refused: () =>
            repos.reportStatements.save({ year: 2026, scopeUnitId: pkg.unitId, text: 'Lausuma' }),
        },
      },
      packages: {
        issue: {
          refused: () =>
            repos.packages.issue({ year: 2026, units: [{ unitId: pkg.unitId, issuedTo: 'A' }] }),
        },
        open: { elsewhere: 'replacing the open package: packageRepository.test.ts' },
        buildReturn: { allowed: () => repos.packages.buildReturn() },
      },
      merge: {
        prepare: { notAWrite: 'reads the file and plans; applying is the write' },
        apply: { elsewhere: 'applyMerge refuses in package mode (assertNotInPackageMode)' },
      },
      ...goalPackageCases(repos, ids),
      bulk: {
        updateActions: {
          refused: () =>
            repos.bulk.updateActions([{ id: ids.foreignRow.id, rev: ids.foreignRow.rev }], {
              owner: 'Joku muu',
            }),
        },
        undo: {
          refused: () =>
            repos.bulk.undo({
              rows: [
                {
                  id: ids.foreignRow.id,
                  beforeRev: ids.foreignRow.rev - 1,
                  afterRev: ids.foreignRow.rev,
                  before: { owner: '', deadline: null, status: 'not_started', notes: [] },
                },
              ],
            }),
        },
      },
    };
  };

  it('names every repository method', () => {
    const table = cases();
    for (const [name, repository] of Object.entries(repos)) {
      expect({ name, methods: Object.keys(repository).sort() }).toEqual({
        name,
        methods: Object.keys(table[name as keyof RepositorySet] ?? {}).sort(),
      });
    }
  });

  it('refuses every write outside the package with a Finnish reason and changes nothing', async () => {
    for (const [name, repository] of Object.entries(cases())) {
      for (const [method, entry] of Object.entries(repository)) {
        if (!('refused' in entry)) continue;
        const before = await snapshot(manager.db);
        const outcome = await entry.refused().then(
          () => 'written',
          (error: { key?: string }) => error.key ?? String(error),
        );
        expect({ write: `${name}.${method}`, outcome }).toEqual({
          write: `${name}.${method}`,
          outcome: expect.stringMatching(/^packages\.errors\.(outsidePackage|packageMode)$/),
        });
        expect({ write: `${name}.${method}`, after: await snapshot(manager.db) }).toEqual({
          write: `${name}.${method}`,
          after: before,
        });
      }
    }
  });

  it("still writes the unit's own rows, risks and assessments, and the profile", async () => {
    const own = ids.ownRow;
    await expect(
      repos.actions.update(own.id, own.rev, { ...blankRow, objective: own.objective }),
    ).resolves.toMatchObject({ rev: own.rev + 1 });
    await expect(
      repos.actions.create(pkg.unitId, 2026, { ...blankRow, objective: 'Uusi' }),
    ).resolves.toMatchObject({ unitId: pkg.unitId });
    await expect(repos.risks.create(pkg.unitId, blankRisk)).resolves.toMatchObject({
      unitId: pkg.unitId,
    });
    await expect(
      repos.assessments.add(
        ids.ownRisk.id,
        {
          date: '1.4.2026',
          assessor: 'A',
          likelihood: 3,
          impact: 2,
          kind: 'residual',
          rationale: '',
        },
        '2026-04-02',
      ),
    ).resolves.toMatchObject({ riskId: ids.ownRisk.id });
    await expect(
      repos.settings.save('profile', { name: 'Eero E.', role: 'unitManager' }),
    ).resolves.toMatchObject({ key: 'profile' });
    for (const entry of Object.values(cases()).flatMap((repository) => Object.values(repository))) {
      if ('allowed' in entry) await expect(entry.allowed()).resolves.toBeDefined();
    }
  });

  it('refuses to import a backup into the package, changing nothing', async () => {
    const controller = await controllerSide();
    const register = readBackup(
      serializeBackup(
        await snapshotBackup(controller.db, APP_VERSION, new Date('2026-04-02T09:00:00Z')),
      ),
    );
    if (!register.ok) throw new Error(register.problems[0]?.message);
    const before = await snapshot(manager.db);
    await expect(
      importBackup(
        manager.db,
        testContext('Eero Esihenkilö', '2026-04-02T09:00:00.000Z', 'controller'),
        register.document,
      ),
    ).rejects.toMatchObject({ key: 'packages.errors.packageMode' });
    expect(await snapshot(manager.db)).toEqual(before);
  });

  it("refuses another year's rows of the unit itself", async () => {
    // Even if another year were here, the package covers one year of the unit.
    await manager.db.planYears.add({
      ...pkg.planYear,
      id: '00000000-0000-4000-8000-d00000000001',
      year: 2025,
    });
    await expect(
      repos.actions.create(pkg.unitId, 2025, { ...blankRow, objective: 'Toinen vuosi' }),
    ).rejects.toMatchObject({ key: 'packages.errors.outsidePackage' });
  });
});
