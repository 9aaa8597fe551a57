/**
 * The writes of a unit's own records (rows, risks, assessments, bulk edits) for the door's
 * tests (imported only by *.test.ts files); writePaths.ts lists them with every other write.
 */
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { RepositorySet } from '../createRepositories';
import type { WriteRule } from './rules';
import type { Register } from './doorTestSupport';
import { blankRisk, blankRow } from './doorTestSupport';

export type Call = (repos: RepositorySet) => Promise<unknown>;

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

export const NO_REVISION = 'takes no revision: it reads the current record inside its transaction';

export const assessment = {
  date: '1.10.2026',
  assessor: 'A',
  likelihood: 2,
  impact: 2,
  kind: 'inherent' as const,
  rationale: '',
};

export const stale = (call: Call, key = 'errors.staleRecord') => ({ call, key });

const undone = { owner: 'Ennen', deadline: null, status: 'not_started' as const, notes: [] };

type UnitRecordRepositories = 'actions' | 'risks' | 'assessments' | 'bulk';

export const unitRecordWritePaths = ({
  ids,
}: Register): Record<UnitRecordRepositories, Record<string, WritePath>> => {
  const row = { ...blankRow, objective: 'Muutettu' };
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
      overrideJudgement: {
        rule: 'edit',
        call: (r) => r.actions.overrideJudgement(ids.row, 1, { judgement: 'met', reason: 'Syy' }),
        audits: ['controlAction'],
        withdraws: true,
        stale: stale((r) =>
          r.actions.overrideJudgement(ids.row, 0, { judgement: 'met', reason: 'Syy' }),
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
