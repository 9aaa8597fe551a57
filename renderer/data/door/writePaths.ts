/**
 * Every write of every repository, as the door's tests run it (imported only by *.test.ts
 * files): the rule it passes the door with, a valid call, the audit entities it leaves, whether
 * it withdraws the division's 2026 approval, and a call at a revision the user no longer sees.
 */
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { RepositorySet } from '../createRepositories';
import type { WriteRule } from './rules';
import type { Register } from './doorTestSupport';
import { blankRisk, blankRow } from './doorTestSupport';

type Call = (repos: RepositorySet) => Promise<unknown>;

export type WritePath =
  | {
      rule: WriteRule;
      /** Brings the register to where the write applies, as a controller. */
      prepare?: Call;
      call: Call;
      audits: AuditedEntity[];
      withdraws: boolean;
      /** A write at an old revision, refused with this key; or why the write takes none. */
      stale: { call: Call; key: string } | string;
    }
  | { notAWrite: string }
  | { elsewhere: string };

const NO_REVISION = 'takes no revision: it reads the current record inside its transaction';

export const writePaths = ({
  ids,
}: Register): Record<keyof RepositorySet, Record<string, WritePath>> => {
  const row = { ...blankRow, objective: 'Muutettu' };
  const unit = { name: 'Uusi', code: '', accountable: '', manager: '' };
  const assessment = {
    date: '1.10.2026',
    assessor: 'A',
    likelihood: 2,
    impact: 2,
    kind: 'inherent' as const,
    rationale: '',
  };
  const stale = (call: Call, key = 'errors.staleRecord') => ({ call, key });
  return {
    actions: {
      create: {
        rule: 'edit',
        call: (r) => r.actions.create(ids.division, 2026, row),
        audits: ['controlAction'],
        withdraws: true,
        stale: 'a new record has no revision',
      },
      update: {
        rule: 'edit',
        call: (r) => r.actions.update(ids.row, 1, row),
        audits: ['controlAction'],
        withdraws: true,
        stale: stale((r) => r.actions.update(ids.row, 0, row)),
      },
      setStatus: {
        rule: 'edit',
        call: (r) => r.actions.setStatus(ids.row, 1, { status: 'done', note: 'Ok' }, '2026-11-02'),
        audits: ['controlAction'],
        withdraws: true,
        stale: stale((r) =>
          r.actions.setStatus(ids.row, 0, { status: 'done', note: '' }, '2026-11-02'),
        ),
      },
      setOutcome: {
        rule: 'edit',
        call: (r) => r.actions.setOutcome(ids.row, 1, { status: 'done', text: 'Ok', evidence: '' }),
        audits: ['controlAction'],
        withdraws: true,
        stale: stale((r) =>
          r.actions.setOutcome(ids.row, 0, { status: 'done', text: 'Ok', evidence: '' }),
        ),
      },
      move: {
        rule: 'edit',
        call: (r) => r.actions.move(ids.row, 1),
        audits: ['controlAction'],
        withdraws: true,
        stale: NO_REVISION,
      },
      softDelete: {
        rule: 'edit',
        call: (r) => r.actions.softDelete(ids.row),
        audits: ['controlAction'],
        withdraws: true,
        stale: NO_REVISION,
      },
      restore: {
        rule: 'edit',
        call: (r) => r.actions.restore(ids.deletedRow),
        audits: ['controlAction'],
        withdraws: true,
        stale: NO_REVISION,
      },
    },
    risks: {
      create: {
        rule: 'edit',
        call: (r) => r.risks.create(ids.division, blankRisk),
        audits: ['risk'],
        withdraws: false,
        stale: 'a new record has no revision',
      },
      update: {
        rule: 'edit',
        // Linking a row changes the row: that withdraws its year's approval.
        call: (r) => r.risks.update(ids.risk, 1, { ...blankRisk, linkedActionIds: [ids.row] }),
        audits: ['risk', 'controlAction'],
        withdraws: true,
        stale: stale((r) => r.risks.update(ids.risk, 0, blankRisk)),
      },
      softDelete: {
        rule: 'edit',
        call: (r) => r.risks.softDelete(ids.risk),
        audits: ['risk'],
        withdraws: false,
        stale: NO_REVISION,
      },
      restore: {
        rule: 'edit',
        call: (r) => r.risks.restore(ids.deletedRisk),
        audits: ['risk'],
        withdraws: false,
        stale: NO_REVISION,
      },
    },
    assessments: {
      add: {
        rule: 'edit',
        call: (r) => r.assessments.add(ids.risk, assessment, '2026-11-02'),
        audits: ['assessment'],
        withdraws: true,
        stale: 'assessments are only added, never rewritten',
      },
    },
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
    bulk: {
      updateActions: {
        rule: 'editor',
        call: (r) => r.bulk.updateActions([{ id: ids.row, rev: 1 }], { owner: 'Uusi' }),
        audits: ['controlAction'],
        withdraws: true,
        stale: stale(
          (r) => r.bulk.updateActions([{ id: ids.row, rev: 0 }], { owner: 'Uusi' }),
          'worklists.bulk.errors.changed',
        ),
      },
      undo: {
        rule: 'editor',
        call: (r) =>
          r.bulk.undo({
            rows: [{ id: ids.row, beforeRev: 0, afterRev: 1, before: { ...undone } }],
          }),
        audits: ['controlAction'],
        withdraws: true,
        stale: stale(
          (r) =>
            r.bulk.undo({
              rows: [{ id: ids.row, beforeRev: 0, afterRev: 9, before: { ...undone } }],
            }),
          'worklists.bulk.errors.undoChanged',
        ),
      },
    },
  };
};

const undone = { owner: 'Ennen', deadline: null, status: 'not_started' as const, notes: [] };
