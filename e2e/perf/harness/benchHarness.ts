/**
 * Runs inside the app's page, injected by e2e/perf/harness.ts (never part of the web build):
 * makes the synthetic data set in memory, loads it through the app's own restore code path, and
 * measures the floors the benchmark compares with (raw IndexedDB, plain rows).
 */
import type { BackupDocument, BackupTables } from '../../../shared/backup/format';
import type { VerifiedBackup } from '../../../shared/backup/read';
import { markVerified } from '../../../shared/files/verified';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from '../../../shared/backup/format';
import { verifyAuditChain } from '../../../shared/audit';
import { DATABASE_NAME, ValvoDatabase } from '../../../renderer/data/core/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/core/migrations';
import type { WriteContext } from '../../../renderer/data/core/writeContext';
import { restoreBackup } from '../../../renderer/data/backups/backupService';
import { snapshot } from '../../../renderer/data/backups/snapshot';
import { readBackup } from '../../../renderer/data/backups/readBackup';
import { serializeBackup } from '../../../shared/backup/format';
import { MAX_BACKUP_BYTES } from '../../../shared/desktop-api';
import { syntheticTables } from '../synthetic-dataset';
import type { DataSetSize } from '../synthetic-plan';
import { planDataSet } from '../synthetic-plan';
import { SYNTHETIC_PROFILE } from '../synthetic-settings';
import {
  copySchema,
  deleteDatabase,
  openRaw,
  rawInsert,
  rawReadFloor,
  rawWriteFloor,
} from './rawIndexedDb';
import { paintPlainRows } from './plainRows';
import { scrollRows, scrollToRow } from './scrollRows';

let tables: BackupTables | null = null;

const held = () => {
  if (!tables) throw new Error('valvoBench.prepare() first');
  return tables;
};

const context: WriteContext = {
  actor: () => SYNTHETIC_PROFILE.name,
  role: () => SYNTHETIC_PROFILE.role,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
};

/**
 * The data set as the document a verified backup file gives. Marked verified by hand: this
 * times the restore's write; reading a backup is timed on its own (backupRoundTrip).
 */
const asDocument = (data: BackupTables): VerifiedBackup => {
  const organisation = data.settings.find((setting) => setting.key === 'organisation');
  const document: BackupDocument = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    appVersion: 'synthetic',
    createdAt: new Date().toISOString(),
    organisation: organisation?.key === 'organisation' ? organisation.value.name : '',
    auditChainHead: data.auditEvents.at(-1)?.hash ?? null,
    tables: data,
    // Never written to a file, so there is no file hash: the audit event says what it was.
    contentSha256: 'synthetic-data-set',
  };
  return markVerified(document);
};

const counts = (data: BackupTables) =>
  Object.fromEntries(BACKUP_TABLES.map((name) => [name, data[name].length]));

const bench = {
  /** Makes the data set in memory (not timed): its record counts. */
  prepare: (size: DataSetSize, seed: number) => {
    tables = syntheticTables(planDataSet(size, seed));
    return counts(tables);
  },
  release: () => {
    tables = null;
  },
  /**
   * The app's restore (one transaction, strict durability, restore event chained on) into the
   * app's database or another one of the same schema: ms.
   */
  restore: async (name: string = DATABASE_NAME) => {
    const document = asDocument(held());
    const db = new ValvoDatabase(name);
    await db.open();
    const started = performance.now();
    await restoreBackup(db, context, document);
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  },
  /** The same records put with plain IndexedDB into a new database with the app's indexes: ms. */
  rawFloor: async (name: string) => {
    const source = await openRaw(DATABASE_NAME);
    const target = await copySchema(source, name);
    source.close();
    const started = performance.now();
    await rawInsert(target, held());
    const elapsed = performance.now() - started;
    target.close();
    await deleteDatabase(name);
    return elapsed;
  },
  deleteDatabase,
  rawReadFloor: (year: number) => rawReadFloor(DATABASE_NAME, year),
  /** One edit's writes (rows and their audit events) with plain IndexedDB: ms per run. */
  rawWriteFloor: (rows: number, runs: number) => rawWriteFloor(DATABASE_NAME, rows, runs),
  /** Checks the whole audit chain, as reading a backup file does: ms. */
  verifyChain: () => {
    const started = performance.now();
    const verdict = verifyAuditChain(held().auditEvents);
    if (!verdict.ok) throw new Error(`chain broken at ${verdict.brokenAtSeq}`);
    return performance.now() - started;
  },
  /**
   * A backup of the app's database as an automatic backup makes it (read every table, hash,
   * JSON) and the same text read back as a restore reads a file (every check, the chain too).
   */
  backupRoundTrip: async () => {
    const db = new ValvoDatabase(DATABASE_NAME);
    await db.open();
    const started = performance.now();
    const document = await snapshot(db, 'bench');
    const text = serializeBackup(document);
    const written = performance.now() - started;
    db.close();
    const bytes = new Blob([text]).size;
    const readStarted = performance.now();
    const parsed = readBackup(text);
    const read = performance.now() - readStarted;
    return {
      written,
      read,
      characters: text.length,
      bytes,
      limit: MAX_BACKUP_BYTES,
      problems: parsed.ok ? [] : parsed.problems.slice(0, 3).map((problem) => problem.message),
    };
  },
  paintPlainRows,
  scrollRows,
  scrollToRow,
};

export type ValvoBench = typeof bench;

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    valvoBench?: ValvoBench;
  }
}

window.valvoBench = bench;
