import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../shared/audit';
import {
  BACKUP_TABLE_SCHEMAS,
  BACKUP_TABLES,
  createBackupDocument,
  parseBackup,
  serializeBackup,
} from '../../shared/backup/format';
import { LATEST_SCHEMA_VERSION } from '../../shared/backup/versions';
import { ControlActionSchema } from '../../shared/domain/control-action';
import { ALLOWED_PARENT_KINDS } from '../../shared/domain/unit';
import { syntheticActions } from './synthetic';
import { actionAt } from './synthetic-actions';
import { syntheticTables } from './synthetic-dataset';
import { FULL_SIZE, planDataSet, plannedEventCount } from './synthetic-plan';
import { riskAt } from './synthetic-risks';

const SMALL = {
  units: 150,
  risks: 300,
  actions: 800,
  auditEvents: 3_000,
  goalRows: 400,
  indicators: 1_000,
};

describe('the synthetic data set', () => {
  it('gives one unit the same valid rows on every run (the report benchmarks use it)', () => {
    const first = syntheticActions('11111111-1111-4111-8111-111111111111', 2026, 500);
    expect(syntheticActions('11111111-1111-4111-8111-111111111111', 2026, 500)).toEqual(first);
    expect(new Set(first.map((row) => row.id)).size).toBe(500);
    for (const row of first) expect(ControlActionSchema.safeParse(row).success).toBe(true);
  });

  it('is the same on every run, every record passes its schema and ids are unique', () => {
    const tables = syntheticTables(planDataSet(SMALL));
    expect(syntheticTables(planDataSet(SMALL))).toEqual(tables);
    expect(syntheticTables(planDataSet(SMALL, 7))).not.toEqual(tables);
    for (const name of BACKUP_TABLES) {
      const rows = tables[name] as { id: string }[];
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      for (const row of rows) {
        const parsed = BACKUP_TABLE_SCHEMAS[name].safeParse(row);
        expect({ name, issues: parsed.error?.issues ?? [] }).toEqual({ name, issues: [] });
      }
    }
    expect(tables.units).toHaveLength(SMALL.units);
    expect(tables.controlActions).toHaveLength(SMALL.actions + SMALL.goalRows);
    expect(tables.indicators).toHaveLength(SMALL.indicators);
    expect(tables.risks).toHaveLength(SMALL.risks);
    expect(tables.settings.map((setting) => setting.key).sort()).toEqual([
      'organisation',
      'profile',
      'riskCategories',
      'riskMatrix',
      'strategyPriorities',
    ]);
  });

  it('is a tree: one city at the root, every other unit under a parent of an allowed kind', () => {
    const { units } = syntheticTables(planDataSet(SMALL));
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    expect(units.filter((unit) => unit.parentId === null).map((unit) => unit.kind)).toEqual([
      'organisation',
    ]);
    for (const unit of units.filter((candidate) => candidate.parentId !== null)) {
      const parent = byId.get(unit.parentId!);
      expect(ALLOWED_PARENT_KINDS[unit.kind]).toContain(parent?.kind);
    }
    expect(new Set(units.map((unit) => unit.name)).size).toBe(units.length);
  });

  it('has an audit chain that verifies and replays to the stored records', () => {
    const tables = syntheticTables(planDataSet(SMALL));
    const events = tables.auditEvents;
    const plan = planDataSet(SMALL);
    expect(events).toHaveLength(SMALL.auditEvents + plan.goalEvents);
    expect(plannedEventCount(plan)).toBe(events.length);
    expect(verifyAuditChain(events)).toMatchObject({ ok: true, count: events.length });
    const times = events.map((event) => event.at);
    expect([...times].sort()).toEqual(times);
    const replayed = new Map<string, Record<string, unknown>>();
    for (const event of events) {
      const record = replayed.get(event.entityId) ?? {};
      for (const [field, [, after]] of Object.entries(event.changes)) record[field] = after;
      replayed.set(event.entityId, record);
    }
    // A diff leaves out bookkeeping fields and fields that are null before and after.
    const untracked = (row: object) =>
      Object.fromEntries(
        Object.entries(row).filter(
          ([field, value]) => value !== null && !['updatedAt', 'updatedBy', 'rev'].includes(field),
        ),
      );
    const names = ['units', 'controlActions', 'risks', 'assessments', 'settings', 'indicators'];
    for (const name of names as (keyof typeof tables)[]) {
      for (const row of tables[name]) expect(replayed.get(row.id)).toEqual(untracked(row));
    }
    const revs = new Map<string, number>();
    for (const event of events) revs.set(event.entityId, (revs.get(event.entityId) ?? 0) + 1);
    for (const row of [...tables.controlActions, ...tables.indicators]) {
      expect(row.rev).toBe(revs.get(row.id));
    }
  });

  it('reads back as a backup file that the app would accept', () => {
    const tables = syntheticTables(planDataSet(SMALL));
    const document = createBackupDocument(
      {
        schemaVersion: LATEST_SCHEMA_VERSION,
        appVersion: '0.1.0',
        createdAt: '2026-06-15T06:00:00.000Z',
        organisation: 'Synteettisen kaupunki',
        auditChainHead: tables.auditEvents.at(-1)!.hash,
      },
      tables,
    );
    const parsed = parseBackup(serializeBackup(document), LATEST_SCHEMA_VERSION);
    expect(parsed.ok ? parsed.counts.auditEvents : parsed.problems).toBe(tables.auditEvents.length);
  });

  it('plans the city-scale set: 2,000 units in a tree of 6 divisions and 60 areas, 200,000 events', () => {
    const plan = planDataSet(FULL_SIZE);
    const kinds = plan.units.reduce<Record<string, number>>((counts, unit) => {
      counts[unit.kind] = (counts[unit.kind] ?? 0) + 1;
      return counts;
    }, {});
    expect(kinds).toMatchObject({ organisation: 1, division: 6, area: 60, company: 4 });
    expect(plan.units).toHaveLength(2_000);
    expect(plan.assessmentCount).toBeGreaterThan(35_000);
    expect(plannedEventCount(plan)).toBe(200_000 + plan.goalEvents);
    const sample = [0, 1, 17_321, 49_999].map((index) => actionAt(plan, index).versions.at(-1)!);
    for (const row of sample) expect(ControlActionSchema.safeParse(row).success).toBe(true);
    const statuses = new Set(
      Array.from(
        { length: 2_000 },
        (_, index) => actionAt(plan, index * 25).versions.at(-1)!.status,
      ),
    );
    expect(statuses.size).toBe(7);
    for (const index of [0, 19_999]) {
      const { risk, assessments } = riskAt(plan, index);
      expect(BACKUP_TABLE_SCHEMAS.risks.safeParse(risk).success).toBe(true);
      expect(assessments.length).toBeGreaterThanOrEqual(1);
    }
  });
});
