import { verifyAuditChain } from '../audit';
import type { FileProblem } from '../files/verified';
import type { BackupDocument, BackupTableName, BackupTables } from './format';
import { BACKUP_FORMAT_VERSION, BACKUP_TABLES } from './format';
import { recordRuleProblems } from './record-rules';

/**
 * What a backup must hold as a whole, beyond each record's schema: one record per id, one per
 * unique key, references inside the file, and an audit chain that verifies and ends in the
 * head the file states. A restore puts the file in place of the database, so each of these
 * would otherwise break the register or its history.
 */

type AnyRecord = Readonly<Record<string, unknown>>;

/**
 * The unique indexes besides the id (settings `&key`, planYears `&year`, unitReviews
 * `&[year+unitId]`): two records with one key cannot both be stored.
 */
export const UNIQUE_KEYS: Partial<Record<BackupTableName, (record: AnyRecord) => string>> = {
  settings: (record) => String(record.key),
  planYears: (record) => String(record.year),
  unitReviews: (record) => `${String(record.year)}|${String(record.unitId)}`,
};

/** References between records that must point at a record of the same file. */
const REFERENCES: { table: BackupTableName; field: string; target: BackupTableName }[] = [
  { table: 'units', field: 'parentId', target: 'units' },
  { table: 'controlActions', field: 'unitId', target: 'units' },
  { table: 'risks', field: 'unitId', target: 'units' },
  { table: 'assessments', field: 'riskId', target: 'risks' },
  { table: 'unitReviews', field: 'unitId', target: 'units' },
  { table: 'indicators', field: 'actionId', target: 'controlActions' },
  { table: 'indicators', field: 'unitId', target: 'units' },
];

/** The head a verified chain ends in, `null` for an empty one (as snapshots write it). */
export const chainHeadOf = (events: BackupTables['auditEvents']) =>
  events.length === 0 ? null : (events[events.length - 1]?.hash ?? null);

const recordsOf = (document: BackupDocument, table: BackupTableName) =>
  document.tables[table] as readonly AnyRecord[];

/** Duplicate ids and unique keys; the ids of each table, for the references. */
const identityProblems = (document: BackupDocument, problems: FileProblem[]) => {
  const ids = {} as Record<BackupTableName, Set<string>>;
  for (const name of BACKUP_TABLES) {
    const seen = new Set<string>();
    const uniqueKey = UNIQUE_KEYS[name];
    const keys = new Set<string>();
    recordsOf(document, name).forEach((record, index) => {
      const id = String(record.id);
      if (seen.has(id))
        problems.push({
          path: `tables.${name}[${index}].id`,
          message: 'backup.errors.duplicateId',
        });
      seen.add(id);
      const key = uniqueKey?.(record);
      if (key === undefined) return;
      if (keys.has(key))
        problems.push({ path: `tables.${name}[${index}]`, message: 'backup.errors.duplicateKey' });
      keys.add(key);
    });
    ids[name] = seen;
  }
  return ids;
};

/**
 * The format version, ids and keys, references, the rules between a record's fields, and the
 * audit chain with its stated head.
 */
export const backupProblems = (document: BackupDocument): FileProblem[] => {
  const problems: FileProblem[] = [];
  if (document.formatVersion < 1 || document.formatVersion > BACKUP_FORMAT_VERSION)
    problems.push({ path: 'formatVersion', message: 'backup.errors.unknownFormat' });
  const ids = identityProblems(document, problems);
  for (const { table, field, target } of REFERENCES) {
    recordsOf(document, table).forEach((record, index) => {
      const value = record[field];
      if (typeof value === 'string' && !ids[target].has(value))
        problems.push({
          path: `tables.${table}[${index}].${field}`,
          message: 'backup.errors.danglingReference',
        });
    });
  }
  problems.push(...recordRuleProblems(document));
  const events = document.tables.auditEvents;
  const verdict = verifyAuditChain(events);
  if (!verdict.ok) {
    const index = events.findIndex((event) => event.seq === verdict.brokenAtSeq);
    problems.push({ path: `tables.auditEvents[${index}]`, message: 'backup.errors.brokenChain' });
  } else if (chainHeadOf(events) !== document.auditChainHead) {
    problems.push({ path: 'auditChainHead', message: 'backup.errors.headMismatch' });
  }
  return problems;
};
