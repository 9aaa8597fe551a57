import type {
  BackupDocument,
  BackupProblem,
  BackupTableName,
  ParsedBackup,
} from '../../../shared/backup/format';
import { BACKUP_FORMAT_VERSION, BACKUP_TABLES, parseBackup } from '../../../shared/backup/format';
import { verifyAuditChain } from '../../../shared/audit';
import { MAX_BACKUP_BYTES } from '../../../shared/desktop-api';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';
import { UNIQUE_KEYS, markChainVerified } from './backupService';
import { chainHeadOf } from './snapshot';

/** Keys that could reach an object's prototype when a file's data is copied around. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** More than this many is not read by anyone; the UI shows fewer still. */
const MAX_PROBLEMS = 1_000;

/** References between records that must point at a record of the same file. */
const REFERENCES: { table: BackupTableName; field: string; target: BackupTableName }[] = [
  { table: 'units', field: 'parentId', target: 'units' },
  { table: 'controlActions', field: 'unitId', target: 'units' },
  { table: 'risks', field: 'unitId', target: 'units' },
  { table: 'assessments', field: 'riskId', target: 'risks' },
  { table: 'unitReviews', field: 'unitId', target: 'units' },
];

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const childPath = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;

/**
 * Where the parser stopped: its `position N` when it gives one, else the place of the quoted
 * excerpt V8 shows (`Unexpected token 'x', ..."ten before x ten after"...`), else the end.
 */
const syntaxErrorOffset = (text: string, message: string) => {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const excerpt =
    /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (excerpt) {
    const [, token = '', cut, quoted = ''] = excerpt;
    const at = text.indexOf(quoted);
    if (at >= 0) return at + (cut ? 10 : Math.max(0, quoted.indexOf(token)));
  }
  return text.length;
};

/** `line:column` (1-based) of a JSON syntax error. */
const syntaxErrorLocation = (text: string, error: unknown) => {
  const message = error instanceof Error ? error.message : '';
  const offset = Math.min(syntaxErrorOffset(text, message), text.length);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
};

/** Every forbidden key anywhere in the parsed JSON, with its path. */
const forbiddenKeys = (root: Json): BackupProblem[] => {
  const problems: BackupProblem[] = [];
  const stack: { value: Json; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: childPath(path, index) }));
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        const at = childPath(path, key);
        if (FORBIDDEN_KEYS.has(key))
          problems.push({ path: at, message: 'backup.errors.forbiddenKey' });
        else stack.push({ value: value[key], path: at });
      }
    }
  }
  return problems;
};

/** Keys of the file that the schema dropped: the format is strict, so each is a problem. */
const unknownFields = (raw: Json, parsed: Json, path: string, into: BackupProblem[]) => {
  if (into.length >= MAX_PROBLEMS) return;
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item, index) => unknownFields(item, parsed[index], childPath(path, index), into));
  } else if (isObject(raw) && isObject(parsed)) {
    for (const key of Object.keys(raw)) {
      if (!Object.hasOwn(parsed, key)) {
        into.push({ path: childPath(path, key), message: 'backup.errors.unknownField' });
      } else {
        unknownFields(raw[key], parsed[key], childPath(path, key), into);
      }
    }
  }
};

/** Duplicate ids and unique keys, references to records the file does not hold, the chain. */
const consistencyProblems = (document: BackupDocument): BackupProblem[] => {
  const problems: BackupProblem[] = [];
  const ids = {} as Record<BackupTableName, Set<string>>;
  for (const name of BACKUP_TABLES) {
    const seen = new Set<string>();
    const uniqueKey = UNIQUE_KEYS[name as keyof typeof UNIQUE_KEYS];
    const keys = new Set<string>();
    document.tables[name].forEach((record, index) => {
      if (seen.has(record.id)) {
        problems.push({
          path: `tables.${name}[${index}].id`,
          message: 'backup.errors.duplicateId',
        });
      }
      seen.add(record.id);
      if (uniqueKey) {
        const key = uniqueKey(record as never);
        if (keys.has(key)) {
          problems.push({
            path: `tables.${name}[${index}]`,
            message: 'backup.errors.duplicateKey',
          });
        }
        keys.add(key);
      }
    });
    ids[name] = seen;
  }
  for (const { table, field, target } of REFERENCES) {
    (document.tables[table] as unknown as Record<string, unknown>[]).forEach((record, index) => {
      const value = record[field];
      if (typeof value === 'string' && !ids[target].has(value)) {
        problems.push({
          path: `tables.${table}[${index}].${field}`,
          message: 'backup.errors.danglingReference',
        });
      }
    });
  }
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

const refuse = (problems: BackupProblem[]): ParsedBackup => ({
  ok: false,
  problems: problems
    .slice(0, MAX_PROBLEMS)
    .map((problem) => ({ ...problem, path: problem.path === '' ? '$' : problem.path })),
});

/**
 * Reads a backup file completely before anything uses it (A5): size, JSON syntax (with
 * line:column), the format's own checks (shared/backup), then what a strict reading adds:
 * no prototype keys, no unknown fields, known format version, unique ids and keys, references
 * inside the file, and an audit chain that verifies and ends in the stated head. Every problem
 * carries its place in the file; nothing is written here.
 */
export const readBackup = (text: string): ParsedBackup => {
  if (text.length > MAX_BACKUP_BYTES)
    return refuse([{ path: '$', message: 'backup.errors.tooLarge' }]);
  let raw: Json;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const parsed = parseBackup(text, CURRENT_SCHEMA_VERSION);
    const problems = parsed.ok ? [] : parsed.problems;
    const location = syntaxErrorLocation(text, error);
    return refuse(problems.map((problem) => ({ ...problem, path: problem.path || location })));
  }
  const forbidden = forbiddenKeys(raw);
  const parsed = parseBackup(text, CURRENT_SCHEMA_VERSION);
  if (!parsed.ok || forbidden.length > 0) {
    return refuse([...(parsed.ok ? [] : parsed.problems), ...forbidden]);
  }
  const { document } = parsed;
  const problems: BackupProblem[] = [];
  if (document.formatVersion < 1 || document.formatVersion > BACKUP_FORMAT_VERSION) {
    problems.push({ path: 'formatVersion', message: 'backup.errors.unknownFormat' });
  }
  if (isObject(raw) && isObject(raw.tables)) {
    for (const name of BACKUP_TABLES) {
      unknownFields(raw.tables[name], document.tables[name], `tables.${name}`, problems);
    }
  }
  problems.push(...consistencyProblems(document));
  if (problems.length > 0) return refuse(problems);
  markChainVerified(document);
  return parsed;
};
