/**
 * Every write of every repository, as the door's tests run it (imported only by *.test.ts
 * files): the rule it passes the door with, a valid call, the audit entities it leaves, whether
 * it withdraws the division's 2026 approval, and a call at a revision the user no longer sees.
 */
import type { RepositorySet } from '../createRepositories';
import type { Register } from './doorTestSupport';
import type { WritePath } from './unitRecordWritePaths';
import { NO_REVISION, assessment, stale, unitRecordWritePaths } from './unitRecordWritePaths';
import { goalWritePaths } from './goalWritePaths';

export type { WritePath } from './unitRecordWritePaths';

export const writePaths = (
  register: Register,
): Record<keyof RepositorySet, Record<string, WritePath>> => {
  const { ids } = register;
  const unit = { name: 'Uusi', code: '', accountable: '', manager: '' };
  return {
    ...unitRecordWritePaths(register),
    ...goalWritePaths(register),
    reviews: {
      approve: {
        rule: 'controller',
        call: (r) => r.reviews.approve(ids.area, 2026),
        audits: ['unitReview'],
        withdraws: false,
        stale: NO_REVISION,
      },
      returnToUnit: {
        rule: 'controller',
        call: (r) => r.reviews.returnToUnit(ids.area, 2026, 'Täydennä'),
        audits: ['unitReview'],
        withdraws: false,
        stale: NO_REVISION,
      },
    },
    years: {
      create: {
        rule: 'edit',
        call: (r) => r.years.create(2027),
        audits: ['planYear'],
        withdraws: false,
        stale: 'a new record has no revision',
      },
      setStatus: {
        rule: 'controller',
        call: (r) => r.years.setStatus(2026, 'active'),
        audits: ['planYear'],
        withdraws: false,
        stale: NO_REVISION,
      },
      close: {
        rule: 'controller',
        prepare: async (r) => {
          const done = { status: 'done' as const, text: 'Tehty', evidence: '' };
          await r.actions.setOutcome(ids.row, 1, done);
          await r.actions.setOutcome(ids.second, 1, done);
          await r.indicators.judge(ids.indicator, 1, 'partlyMet');
          await r.assessments.add(ids.risk, assessment, '2026-11-02');
          await r.reviews.approve(ids.division, 2026);
        },
        call: (r) => r.years.close(2026, '2026-11-02'),
        audits: ['planYear'],
        withdraws: false,
        stale: NO_REVISION,
      },
      reopen: {
        rule: 'controller',
        call: (r) => r.years.reopen(2025, 'Korjaus'),
        audits: ['planYear'],
        withdraws: false,
        stale: NO_REVISION,
      },
    },
    carryOver: {
      carryOver: {
        rule: 'controller',
        // The postponed 2025 row continues in 2026: the division's 2026 rows change.
        call: (r) => r.carryOver.carryOver(2025, 2026),
        audits: ['controlAction'],
        withdraws: true,
        stale: 'copies rows of a closed year, which cannot change',
      },
    },
    units: {
      create: {
        rule: 'edit',
        call: (r) => r.units.create(ids.division, 'area', unit),
        audits: ['unit'],
        withdraws: false,
        stale: 'a new record has no revision',
      },
      update: {
        rule: 'edit',
        call: (r) => r.units.update(ids.area, 1, unit),
        audits: ['unit'],
        withdraws: false,
        stale: stale((r) => r.units.update(ids.area, 0, unit)),
      },
      move: {
        rule: 'edit',
        call: (r) => r.units.move(ids.area, ids.other),
        audits: ['unit'],
        withdraws: false,
        stale: NO_REVISION,
      },
      setActive: {
        rule: 'edit',
        call: (r) => r.units.setActive(ids.area, false),
        audits: ['unit'],
        withdraws: false,
        stale: NO_REVISION,
      },
    },
    settings: {
      save: {
        rule: 'edit',
        call: (r) =>
          r.settings.save('organisation', { name: 'Uusi', currentYear: 2026, isExample: false }),
        audits: ['setting'],
        withdraws: false,
        stale: 'a setting is replaced whole, as the form shows it',
      },
    },
    riskSettings: {
      saveMatrix: {
        rule: 'controller',
        call: async (r) => r.riskSettings.saveMatrix(await r.riskSettings.readMatrix()),
        audits: ['setting'],
        withdraws: false,
        stale: NO_REVISION,
      },
      addCategory: {
        rule: 'controller',
        call: (r) => r.riskSettings.addCategory('Uusi luokka'),
        audits: ['setting'],
        withdraws: false,
        stale: NO_REVISION,
      },
      renameCategory: {
        rule: 'controller',
        call: async (r) => {
          const { id } = await r.riskSettings.addCategory('Vanha nimi');
          return r.riskSettings.renameCategory(id, 'Uusi nimi');
        },
        audits: ['setting'],
        withdraws: false,
        stale: NO_REVISION,
      },
      deleteCategory: {
        rule: 'controller',
        call: async (r) => {
          const { id } = await r.riskSettings.addCategory('Poistuva');
          return r.riskSettings.deleteCategory(id);
        },
        audits: ['setting'],
        withdraws: false,
        stale: NO_REVISION,
      },
      readMatrix: { notAWrite: 'reads the matrix' },
    },
    reportStatements: {
      save: {
        rule: 'controller',
        call: (r) =>
          r.reportStatements.save({ year: 2026, scopeUnitId: ids.root, text: 'Lausunto' }),
        audits: ['setting'],
        withdraws: false,
        stale: NO_REVISION,
      },
    },
    packages: {
      issue: {
        rule: 'controller',
        call: (r) => r.packages.issue({ year: 2026, units: [{ unitId: ids.area, issuedTo: 'A' }] }),
        audits: ['unitPackage'],
        withdraws: false,
        stale: NO_REVISION,
      },
      open: {
        elsewhere:
          'rule packageOpen (any profile, into an empty or package register): packages/packageRepository.test.ts',
      },
      buildReturn: {
        elsewhere: 'rule edit, in package mode only: packages/packageRepository.test.ts',
      },
    },
    merge: {
      prepare: { notAWrite: 'reads and plans the merge' },
      apply: {
        elsewhere:
          'rule controller: merge/mergeRepository.test.ts (events, approval), merge/mergeRefusals.test.ts (role, closed year, changed since the preview)',
      },
    },
  };
};
