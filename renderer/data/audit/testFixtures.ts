/**
 * Helpers for the audit tests (imported only by *.test.ts files): whole-database snapshots and
 * the records an operation changed.
 */
import { canonicalJson } from '../../../shared/audit';
import type { AuditedEntity, AuditEvent } from '../../../shared/domain/audit-event';
import type { ActionFormValues } from '../../../shared/domain/control-action';
import type { RiskFormValues } from '../../../shared/domain/risk';
import type { ValvoDatabase } from '../core/database';

export type DatabaseSnapshot = Record<string, unknown[]>;

/** Every table, every record, in primary-key order. */
export const snapshotDatabase = async (db: ValvoDatabase): Promise<DatabaseSnapshot> =>
  Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
  );

export const auditEventsOf = (snapshot: DatabaseSnapshot) =>
  (snapshot.auditEvents ?? []) as AuditEvent[];

export const TABLE_ENTITIES: Record<string, AuditedEntity> = {
  units: 'unit',
  planYears: 'planYear',
  controlActions: 'controlAction',
  risks: 'risk',
  assessments: 'assessment',
  settings: 'setting',
  unitReviews: 'unitReview',
};

/** `entity:id` of every record added, changed or removed between two snapshots. */
export const changedRecords = (before: DatabaseSnapshot, after: DatabaseSnapshot): string[] => {
  const changed: string[] = [];
  for (const [table, entity] of Object.entries(TABLE_ENTITIES)) {
    const byId = (rows: unknown[] | undefined) =>
      new Map((rows ?? []).map((row) => [(row as { id: string }).id, canonicalJson(row)]));
    const old = byId(before[table]);
    const now = byId(after[table]);
    for (const id of new Set([...old.keys(), ...now.keys()])) {
      if (old.get(id) !== now.get(id)) changed.push(`${entity}:${id}`);
    }
  }
  return changed.sort();
};

export const rowValues = (overrides: Partial<ActionFormValues> = {}): ActionFormValues => ({
  objective: 'Sopimushallinnan kehittäminen',
  actions: 'Järjestetään koulutusta.',
  indicator: 'Aktiiviset käyttäjät',
  owner: 'Hallintojohtaja',
  deadline: '',
  status: 'not_started',
  ...overrides,
});

export const riskValues = (overrides: Partial<RiskFormValues> = {}): RiskFormValues => ({
  title: 'Hankintojen viivästyminen',
  description: '',
  category: '',
  cause: '',
  consequence: '',
  owner: 'Hallintojohtaja',
  treatment: 'mitigate',
  controls: '',
  status: 'open',
  reviewDate: '',
  toleranceOverride: '',
  objectiveActionId: '',
  objectiveText: '',
  linkedActionIds: [],
  ...overrides,
});

export const PROFILE_NAME = 'Maija Meikäläinen';
