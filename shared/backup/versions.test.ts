import { describe, expect, it } from 'vitest';
import { PlanYearSchema } from '../domain/plan-year';
import { createBackupDocument, parseBackup, serializeBackup } from './format';
import type { BackupDocument } from './format';
import {
  BACKUP_TABLE_SCHEMAS,
  LATEST_SCHEMA_VERSION,
  SCHEMA_RELEASES,
  upgradeTables,
} from './versions';

const META = {
  createdAt: '2026-03-02T08:00:00.000Z',
  updatedAt: '2026-03-02T08:00:00.000Z',
  updatedBy: 'Maija Meikäläinen',
  rev: 1,
  deletedAt: null,
};

/** A plan year as schema version 1 stored it: no reopen reason. */
const planYearV1 = {
  ...META,
  id: '00000000-0000-4000-8000-000000000003',
  year: 2026,
  status: 'active',
  closedAt: null,
  closedBy: null,
};

/** A backup file as a given schema version writes it: only that version's tables. */
const fileOf = (schemaVersion: number, tables: Record<string, unknown[]>) =>
  serializeBackup(
    createBackupDocument(
      {
        schemaVersion,
        appVersion: '0.1.0',
        createdAt: '2026-03-02T09:00:00.000Z',
        organisation: 'Kemijärven kaupunki',
        auditChainHead: null,
      },
      tables as unknown as BackupDocument['tables'],
    ),
  );

const EMPTY_V1 = {
  units: [],
  planYears: [],
  controlActions: [],
  risks: [],
  assessments: [],
  settings: [],
  auditEvents: [],
};

describe('backups of every schema version', () => {
  it('knows each released version once, in order, and today’s schemas are the last one’s', () => {
    expect(SCHEMA_RELEASES.map((release) => release.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, index) => index + 1),
    );
    expect(BACKUP_TABLE_SCHEMAS).toBe(SCHEMA_RELEASES.at(-1)?.tables);
  });

  it('verifies a version 1 backup as written and gives its records in today’s shape', () => {
    const text = fileOf(1, { ...EMPTY_V1, planYears: [planYearV1] });
    const parsed = parseBackup(text, LATEST_SCHEMA_VERSION);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    // The header still tells the file as written; the records are today's.
    expect(parsed.document.schemaVersion).toBe(1);
    expect(parsed.document.contentSha256).toBe(JSON.parse(text).contentSha256);
    expect(parsed.document.tables.planYears).toEqual([{ ...planYearV1, reopenReason: null }]);
    expect(PlanYearSchema.safeParse(parsed.document.tables.planYears[0]).success).toBe(true);
    expect(parsed.document.tables.unitReviews).toEqual([]);
    expect(parsed.counts).toMatchObject({ planYears: 1, unitReviews: 0 });
  });

  it('brings records forward without changing the ones it was given', () => {
    const given = { planYears: [planYearV1] };
    const upgraded = upgradeTables(given, 1);
    expect(upgraded.planYears).toEqual([{ ...planYearV1, reopenReason: null }]);
    expect(given.planYears[0]).not.toHaveProperty('reopenReason');
    // A reason a record already has is kept, as the Dexie upgrade keeps it.
    const reopened = { ...planYearV1, reopenReason: 'Korjaus' };
    expect(upgradeTables({ planYears: [reopened] }, 1).planYears).toEqual([reopened]);
    expect(upgradeTables(given, LATEST_SCHEMA_VERSION)).toBe(given);
  });

  it('checks an older file against its own version’s schemas, not today’s', () => {
    // Version 1 had no unitReviews table.
    expect(parseBackup(fileOf(1, { ...EMPTY_V1, unitReviews: [] }), LATEST_SCHEMA_VERSION)).toEqual(
      {
        ok: false,
        problems: [{ path: 'tables.unitReviews', message: 'backup.errors.unknownTable' }],
      },
    );
    // Version 2 plan years must have a reopen reason.
    const v2 = { ...EMPTY_V1, unitReviews: [], planYears: [planYearV1] };
    expect(parseBackup(fileOf(2, v2), LATEST_SCHEMA_VERSION)).toEqual({
      ok: false,
      problems: [{ path: 'tables.planYears[0].reopenReason', message: 'backup.errors.badRecord' }],
    });
  });

  it('refuses a schema version it does not know, saying why', () => {
    const newer = fileOf(LATEST_SCHEMA_VERSION + 1, EMPTY_V1);
    const refusal = {
      ok: false,
      problems: [{ path: 'schemaVersion', message: 'backup.errors.newerSchema' }],
    };
    expect(parseBackup(newer, LATEST_SCHEMA_VERSION)).toEqual(refusal);
    // The shell accepts any version it is given, but never one no release wrote.
    expect(parseBackup(newer, Number.MAX_SAFE_INTEGER)).toEqual(refusal);
    // Newer than the caller knows.
    expect(parseBackup(fileOf(2, { ...EMPTY_V1, unitReviews: [] }), 1)).toEqual(refusal);
    expect(parseBackup(fileOf(0, EMPTY_V1), LATEST_SCHEMA_VERSION)).toEqual({
      ok: false,
      problems: [{ path: 'schemaVersion', message: 'backup.errors.badHeader' }],
    });
  });
});
