/** Builders for the package tests only; nothing shipped imports this file. */
import { GENESIS_HASH, chainAuditEvent } from '../audit';
import type { AuditEvent } from '../domain/audit-event';
import type { PlanYear } from '../domain/plan-year';
import type { Indicator } from '../domain/indicator';
import { indicatorRecord } from '../goals/indicator.test-support';
import { assessment, risk, row, unit } from '../review/review.test-support';
import type { PackageRecords, UnitPackage } from './format';
import { createUnitPackage } from './format';
import type { MergeEntry } from './merge';
import { planMerge } from './merge';
import { emptyRecords } from './records';

/** A valid v4 UUID that reads as its label and number, e.g. uuid('a', 3). */
export const uuid = (label: string, n = 0): string => {
  const hex = [...label]
    .map((char) => char.charCodeAt(0).toString(16))
    .join('')
    .slice(0, 8)
    .padStart(8, '0');
  return `${hex}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
};

export const UNIT = uuid('unit');
export const OTHER_UNIT = uuid('other');
export const CITY = uuid('city');
export const YEAR = 2026;
export const NOW = '2026-06-01T12:00:00.000Z';
export const DELETED_AT = '2026-03-01T00:00:00.000Z';

export const unitRow = (n: number, extra: Parameters<typeof row>[4] = {}) =>
  row(uuid('row', n), UNIT, YEAR, 'not_started', extra);
export const unitRisk = (n: number, extra: Parameters<typeof risk>[2] = {}) =>
  risk(uuid('risk', n), UNIT, extra);
export const riskAssessment = (
  n: number,
  riskId: string,
  extra: Parameters<typeof assessment>[5] = {},
) => assessment(uuid('asmt', n), riskId, '2026-02-01', 2, 3, extra);

/** A number indicator of a row of the unit, measured against a target of 10, not judged yet. */
export const unitIndicator = (n: number, actionId: string, extra: Partial<Indicator> = {}) =>
  indicatorRecord(uuid('ind', n), actionId, null, 'number', {
    unitId: UNIT,
    year: YEAR,
    baseline: 4,
    target: 10,
    higherIsBetter: true,
    ...extra,
  });

export const records = (parts: Partial<PackageRecords> = {}): PackageRecords => ({
  ...emptyRecords(),
  ...parts,
});

/** A later version of a record as a side saved it: its content changed and its rev moved on. */
export const saved = <T extends { rev: number }>(record: T, change: Partial<T>): T => ({
  ...record,
  ...change,
  rev: record.rev + 1,
  updatedAt: '2026-05-05T10:00:00.000Z',
  updatedBy: 'Joku',
});

/** A merge into the unit's scope of the given base, theirs and ours. */
export const planFor = (
  base: Partial<PackageRecords>,
  theirs: Partial<PackageRecords>,
  ours: Partial<PackageRecords>,
) =>
  planMerge({
    base: records(base),
    theirs: records(theirs),
    ours: records(ours),
    scope: { unitId: UNIT, year: YEAR },
  });

/** The one entry of a list that must hold exactly one. */
export const only = (entries: readonly MergeEntry[]): MergeEntry => {
  if (entries.length !== 1) throw new Error(`Expected one entry, got ${entries.length}`);
  return entries[0]!;
};

/** The unit's audit events after `startSeq - 1`, chained from an arbitrary earlier hash. */
export const auditSegment = (count: number, startSeq = 41): AuditEvent[] => {
  const events: AuditEvent[] = [];
  let prevHash = GENESIS_HASH.replace(/0/g, 'a');
  for (let offset = 0; offset < count; offset += 1) {
    const seq = startSeq + offset;
    const event = chainAuditEvent(
      {
        seq,
        id: uuid('evt', seq),
        at: NOW,
        actor: 'Yksikön esihenkilö',
        entity: 'controlAction',
        entityId: uuid('row', 1),
        op: 'update',
        changes: { status: ['not_started', 'in_progress'] },
        hashVersion: 1,
      },
      prevHash,
    );
    events.push(event);
    prevHash = event.hash;
  }
  return events;
};

const planYear: PlanYear = {
  id: uuid('year', YEAR),
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 'Controller',
  rev: 1,
  deletedAt: null,
  year: YEAR,
  status: 'active',
  closedAt: null,
  closedBy: null,
  reopenReason: null,
};

type PackageBody = Omit<UnitPackage, 'format' | 'formatVersion' | 'contentSha256'>;

/** A valid package; an issue carries its base as its records unless told otherwise. */
export const buildPackage = (extra: Partial<PackageBody> = {}): UnitPackage => {
  const base = extra.base ?? records({ controlActions: [unitRow(1)] });
  const isReturn = extra.kind === 'return';
  return createUnitPackage({
    kind: 'issue',
    packageId: uuid('pkg'),
    returnId: isReturn ? uuid('ret') : null,
    organisation: { id: CITY, name: 'Esimerkkilä' },
    year: YEAR,
    unitId: UNIT,
    issuedTo: 'Yksikön esihenkilö',
    issuedBy: 'Controller',
    issuedAt: '2026-01-15T08:00:00.000Z',
    returnedBy: isReturn ? 'Yksikön esihenkilö' : null,
    returnedAt: isReturn ? NOW : null,
    schemaVersion: 3,
    appVersion: '0.1.0',
    settings: [],
    units: [
      unit(CITY, null, 'organisation'),
      unit(UNIT, CITY, 'division', { name: 'Sivistystoimi' }),
    ],
    planYear,
    records: base,
    base,
    auditEvents: [],
    ...extra,
  });
};
