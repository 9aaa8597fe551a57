import type { z } from 'zod';
import { canonicalJson } from '../audit';
import { ControlActionSchema } from '../domain/control-action';
import { IndicatorSchema } from '../domain/indicator';
import { AssessmentSchema, RiskSchema } from '../domain/risk';
import type { PackageRecords, PackageTable } from './format';
import { PACKAGE_TABLES } from './format';

/** Any record a unit package carries. */
export type PackageRecord = PackageRecords[PackageTable][number];

export const PACKAGE_RECORD_SCHEMAS: Record<PackageTable, z.ZodType> = {
  controlActions: ControlActionSchema,
  indicators: IndicatorSchema,
  risks: RiskSchema,
  assessments: AssessmentSchema,
};

/** Fields every write sets anew; a merge neither compares nor copies them. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'rev',
]);

/** Deep equality as the audit chain sees it: key order does not matter, undefined is null. */
export const isSameValue = (a: unknown, b: unknown): boolean =>
  canonicalJson(a) === canonicalJson(b);

export const recordKey = (table: PackageTable, id: string): string => `${table}:${id}`;

/** The compared fields of any versions of one record, sorted so every listing is stable. */
export const contentFields = (...versions: (PackageRecord | null)[]): string[] => {
  const fields = new Set<string>();
  for (const version of versions) {
    for (const key of Object.keys(version ?? {})) {
      if (!BOOKKEEPING_FIELDS.has(key)) fields.add(key);
    }
  }
  return [...fields].sort();
};

export const fieldOf = (record: PackageRecord | null, field: string): unknown =>
  record === null ? null : ((record as Record<string, unknown>)[field] ?? null);

export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const tableOrder = (table: PackageTable): number => PACKAGE_TABLES.indexOf(table);

export const emptyRecords = (): PackageRecords => ({
  controlActions: [],
  indicators: [],
  risks: [],
  assessments: [],
});
