/** Random merges for the property tests only; nothing shipped imports this file. */
import fc from 'fast-check';
import type { PackageRecords, PackageTable } from './format';
import { PACKAGE_TABLES } from './format';
import type { MergeInput } from './merge';
import type { PackageRecord } from './records';
import { recordKey } from './records';
import {
  DELETED_AT,
  OTHER_UNIT,
  UNIT,
  YEAR,
  records,
  riskAssessment,
  saved,
  unitRisk,
  unitIndicator,
  unitRow,
  uuid,
} from './packages.test-support';

const NOTE = { id: uuid('note'), date: '2026-02-01', author: 'A', text: 'Aloitettu', status: null };
const READING = {
  id: uuid('reading'),
  date: '2026-05-31',
  value: 8,
  by: 'A',
  at: '2026-06-01T08:00:00.000Z',
};
const DELETED = [null, DELETED_AT, '2026-04-04T00:00:00.000Z'];

/**
 * The values each side may give each field: few, so that both sides often pick the same one
 * (an agreement) or different ones (a conflict). All are valid for the field.
 */
export const FIELD_VALUES: Record<PackageTable, Record<string, readonly unknown[]>> = {
  controlActions: {
    objective: ['Tavoite A', 'Tavoite B', 'Tavoite C'],
    owner: ['Anna', 'Ben', ''],
    status: ['not_started', 'in_progress', 'done'],
    deadline: [null, '2026-05-31', '2026-09-30'],
    notes: [[], [NOTE]],
    deletedAt: DELETED,
  },
  indicators: {
    text: ['Mittari A', 'Mittari B'],
    target: [10, 12, null],
    values: [[], [READING]],
    judgement: [null, 'met', 'partlyMet'],
    deletedAt: DELETED,
  },
  risks: {
    title: ['Riski A', 'Riski B'],
    owner: ['Anna', 'Ben'],
    status: ['open', 'monitoring', 'closed'],
    controls: ['', 'Kaksi hyväksyjää'],
    deletedAt: DELETED,
  },
  assessments: {
    likelihood: [1, 2, 3],
    impact: [1, 2, 3],
    rationale: ['', 'Perustelu'],
    deletedAt: DELETED,
  },
};

export type Scenario = MergeInput & {
  /** Records whose change must be refused whatever happens. */
  alwaysRefused: Set<string>;
  /** Records whose change must be refused if their side changed them (ours moved or purged them). */
  refusedIfChanged: Set<string>;
};

type Side = Record<PackageTable, Map<string, PackageRecord>>;
const sideOf = (from: PackageRecords): Side => ({
  controlActions: new Map(from.controlActions.map((record) => [record.id, record])),
  indicators: new Map(from.indicators.map((record) => [record.id, record])),
  risks: new Map(from.risks.map((record) => [record.id, record])),
  assessments: new Map(from.assessments.map((record) => [record.id, record])),
});
const recordsOf = (side: Side) =>
  records({
    controlActions: [...side.controlActions.values()] as PackageRecords['controlActions'],
    indicators: [...side.indicators.values()] as PackageRecords['indicators'],
    risks: [...side.risks.values()] as PackageRecords['risks'],
    assessments: [...side.assessments.values()] as PackageRecords['assessments'],
  });

const editArb = fc.record({ target: fc.nat(), field: fc.nat(), value: fc.nat() });
type Edit = { target: number; field: number; value: number };
type Target = { table: PackageTable; id: string };

const applyEdits = (side: Side, targets: Target[], edits: Edit[]) => {
  for (const edit of edits) {
    if (targets.length === 0) return;
    const { table, id } = targets[edit.target % targets.length]!;
    const current = side[table].get(id)!;
    const fields = Object.entries(FIELD_VALUES[table]);
    const [field, values] = fields[edit.field % fields.length]!;
    side[table].set(
      id,
      saved(current, { [field]: values[edit.value % values.length] } as Partial<PackageRecord>),
    );
  }
};

const PLACES = ['inScope', 'inScope', 'otherUnit', 'otherYear', 'claimsOurs'] as const;

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    rowCount: fc.integer({ min: 0, max: 6 }),
    riskCount: fc.integer({ min: 0, max: 3 }),
    assessmentRisks: fc.array(fc.nat(), { maxLength: 5 }),
    indicatorRows: fc.array(fc.nat(), { maxLength: 5 }),
    ourEdits: fc.array(editArb, { maxLength: 12 }),
    theirEdits: fc.array(editArb, { maxLength: 12 }),
    /** The same field of the same record edited on both sides: agreements and conflicts. */
    bothEdits: fc.array(fc.record({ edit: editArb, theirValue: fc.nat() }), { maxLength: 4 }),
    ourMoves: fc.array(fc.record({ target: fc.nat(), toNextYear: fc.boolean() }), {
      maxLength: 1,
    }),
    ourPurges: fc.array(fc.nat(), { maxLength: 1 }),
    theirMoves: fc.array(fc.record({ target: fc.nat(), toNextYear: fc.boolean() }), {
      maxLength: 1,
    }),
    theirDrops: fc.array(fc.nat(), { maxLength: 2 }),
    theirNew: fc.array(
      fc.record({ table: fc.constantFrom(...PACKAGE_TABLES), place: fc.constantFrom(...PLACES) }),
      { maxLength: 4 },
    ),
  })
  .map((spec) => {
    const risks = Array.from({ length: spec.riskCount }, (_, n) => unitRisk(n));
    const rows = Array.from({ length: spec.rowCount }, (_, n) => unitRow(n));
    const base = records({
      controlActions: rows,
      indicators: rows.length
        ? spec.indicatorRows.map((r, n) => unitIndicator(n, rows[r % rows.length]!.id))
        : [],
      risks,
      assessments: risks.length
        ? spec.assessmentRisks.map((r, n) => riskAssessment(n, risks[r % risks.length]!.id))
        : [],
    });
    const targets = PACKAGE_TABLES.flatMap((table) =>
      base[table].map((record) => ({ table, id: record.id })),
    );
    const ours = sideOf(base);
    const theirs = sideOf(base);
    const alwaysRefused = new Set<string>();
    const refusedIfChanged = new Set<string>();
    applyEdits(ours, targets, spec.ourEdits);
    applyEdits(theirs, targets, spec.theirEdits);
    for (const { edit, theirValue } of spec.bothEdits) {
      applyEdits(ours, targets, [edit]);
      applyEdits(theirs, targets, [{ ...edit, value: theirValue }]);
    }

    const movable = targets.filter((target) => target.table !== 'assessments');
    for (const move of movable.length ? spec.ourMoves : []) {
      const { table, id } = movable[move.target % movable.length]!;
      const current = ours[table].get(id)!;
      const isYearMove = table === 'controlActions' && move.toNextYear;
      ours[table].set(
        id,
        saved<PackageRecord>(current, isYearMove ? { year: YEAR + 1 } : { unitId: OTHER_UNIT }),
      );
      refusedIfChanged.add(recordKey(table, id));
    }
    for (const purge of targets.length ? spec.ourPurges : []) {
      const { table, id } = targets[purge % targets.length]!;
      ours[table].delete(id);
      refusedIfChanged.add(recordKey(table, id));
    }
    for (const drop of targets.length ? spec.theirDrops : []) {
      const { table, id } = targets[drop % targets.length]!;
      theirs[table].delete(id);
    }
    for (const move of movable.length ? spec.theirMoves : []) {
      const { table, id } = movable[move.target % movable.length]!;
      const current = theirs[table].get(id);
      if (!current) continue;
      const isYearMove = table === 'controlActions' && move.toNextYear;
      const change = isYearMove ? { year: YEAR - 1 } : { unitId: OTHER_UNIT };
      theirs[table].set(id, saved<PackageRecord>(current, change));
      alwaysRefused.add(recordKey(table, id));
    }

    // A risk either side moved away takes its assessments out of the scope (a purge does not).
    const isMoved = (record: PackageRecord | undefined) =>
      record !== undefined && 'unitId' in record && record.unitId === OTHER_UNIT;
    const movedRisks = new Set(
      risks
        .filter((risk) => isMoved(ours.risks.get(risk.id)) || isMoved(theirs.risks.get(risk.id)))
        .map((risk) => risk.id),
    );
    for (const assessment of base.assessments) {
      if (movedRisks.has(assessment.riskId))
        refusedIfChanged.add(recordKey('assessments', assessment.id));
    }
    // So does a row either side moved to another unit or year take its indicators.
    const isRowMoved = (record: PackageRecords['controlActions'][number] | undefined) =>
      record !== undefined && (record.unitId !== UNIT || record.year !== YEAR);
    const movedRows = new Set(
      rows
        .filter(
          (row) =>
            isRowMoved(
              ours.controlActions.get(row.id) as PackageRecords['controlActions'][number],
            ) ||
            isRowMoved(
              theirs.controlActions.get(row.id) as PackageRecords['controlActions'][number],
            ),
        )
        .map((row) => row.id),
    );
    for (const indicator of base.indicators) {
      if (movedRows.has(indicator.actionId))
        refusedIfChanged.add(recordKey('indicators', indicator.id));
    }

    spec.theirNew.forEach(({ table, place }, index) => {
      const n = 100 + index;
      const isOutside = place === 'otherUnit' || place === 'otherYear';
      if (table === 'assessments' && place !== 'claimsOurs') {
        const riskId =
          isOutside || risks.length === 0 ? uuid('risk', 999) : risks[n % risks.length]!.id;
        theirs.assessments.set(uuid('asmt', n), riskAssessment(n, riskId));
        if (riskId === uuid('risk', 999) || movedRisks.has(riskId))
          alwaysRefused.add(recordKey('assessments', uuid('asmt', n)));
        return;
      }
      if (table === 'indicators') {
        const actionId = rows.length === 0 ? uuid('row', 999) : rows[n % rows.length]!.id;
        const made = unitIndicator(n, actionId);
        const key = recordKey('indicators', made.id);
        const elsewhere = place === 'otherYear' ? { year: YEAR + 1 } : { unitId: OTHER_UNIT };
        theirs.indicators.set(made.id, isOutside ? { ...made, ...elsewhere } : made);
        if (place === 'claimsOurs') ours.indicators.set(made.id, { ...made, unitId: OTHER_UNIT });
        if (place !== 'inScope' || rows.length === 0 || movedRows.has(actionId))
          alwaysRefused.add(key);
        return;
      }
      const isRisk = table === 'risks';
      const made = isRisk ? unitRisk(n) : unitRow(n);
      const key = recordKey(isRisk ? 'risks' : 'controlActions', made.id);
      const elsewhere =
        place === 'otherYear' && !isRisk ? { year: YEAR + 1 } : { unitId: OTHER_UNIT };
      if (isRisk) theirs.risks.set(made.id, isOutside ? { ...made, ...elsewhere } : made);
      else theirs.controlActions.set(made.id, isOutside ? { ...made, ...elsewhere } : made);
      // A record of another unit in the register, which their file claims for the unit.
      if (place === 'claimsOurs')
        (isRisk ? ours.risks : ours.controlActions).set(made.id, { ...made, unitId: OTHER_UNIT });
      if (place !== 'inScope') alwaysRefused.add(key);
    });

    return {
      base,
      ours: recordsOf(ours),
      theirs: recordsOf(theirs),
      scope: { unitId: UNIT, year: YEAR },
      alwaysRefused,
      refusedIfChanged,
    };
  });
