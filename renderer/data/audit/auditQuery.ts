import type { Table } from 'dexie';
import { parseUserDate } from '../../../shared/dates';
import type { AuditedEntity, AuditEvent, AuditOperation } from '../../../shared/domain/audit-event';
import { AUDITED_ENTITIES, AUDIT_OPERATIONS } from '../../../shared/domain/audit-event';
import type { ValvoDatabase } from '../core/database';

export const AUDIT_PAGE_SIZE = 100;

/** The log's filters as kept in the URL; every one that is set must hold (AND). */
export type AuditFilters = {
  entity: AuditedEntity | null;
  op: AuditOperation | null;
  actor: string;
  /** d.M.yyyy as typed; an unreadable date is shown as an error and not applied. */
  from: string;
  to: string;
  entityId: string;
};

export const FILTER_PARAMS = ['entity', 'op', 'actor', 'from', 'to', 'id'] as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.includes(value as T) ? (value as T) : null;

export const filtersFromParams = (params: URLSearchParams): AuditFilters => ({
  entity: oneOf(AUDITED_ENTITIES, params.get('entity')),
  op: oneOf(AUDIT_OPERATIONS, params.get('op')),
  actor: params.get('actor') ?? '',
  from: params.get('from') ?? '',
  to: params.get('to') ?? '',
  entityId: params.get('id') ?? '',
});

/** The 1-based page in the URL; anything else is the first page. */
export const pageFromParams = (params: URLSearchParams): number => {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
};

/** Start of the local day of an ISO date, in epoch milliseconds. */
const localDayStart = (iso: string, addDays = 0) => {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(year, month - 1, day + addDays).getTime();
};

export type CompiledFilters = {
  /** null when nothing is filtered: the log pages straight off the primary key. */
  predicate: ((event: AuditEvent) => boolean) | null;
  invalidFrom: boolean;
  invalidTo: boolean;
};

/** Turns the filters into one predicate; the date range covers whole local days, both ends included. */
export const compileFilters = (filters: AuditFilters): CompiledFilters => {
  const tests: ((event: AuditEvent) => boolean)[] = [];
  const { entity, op } = filters;
  if (entity) tests.push((event) => event.entity === entity);
  if (op) tests.push((event) => event.op === op);
  const actor = filters.actor.trim().toLocaleLowerCase('fi');
  if (actor) tests.push((event) => event.actor.toLocaleLowerCase('fi').includes(actor));
  const entityId = filters.entityId.trim().toLowerCase();
  if (entityId) tests.push((event) => event.entityId.toLowerCase().includes(entityId));
  const from = filters.from.trim() ? parseUserDate(filters.from) : null;
  const to = filters.to.trim() ? parseUserDate(filters.to) : null;
  if (from) {
    const start = localDayStart(from);
    tests.push((event) => Date.parse(event.at) >= start);
  }
  if (to) {
    const end = localDayStart(to, 1);
    tests.push((event) => Date.parse(event.at) < end);
  }
  return {
    predicate: tests.length ? (event) => tests.every((test) => test(event)) : null,
    invalidFrom: filters.from.trim() !== '' && from === null,
    invalidTo: filters.to.trim() !== '' && to === null,
  };
};

export type AuditPage = {
  events: AuditEvent[];
  hasNext: boolean;
  /** Every event in the log, filtered or not. */
  total: number;
  /** Record id → a name for people: a row's objective, a risk's title, a unit's name… */
  names: Map<string, string>;
};

/** One page of the log, newest first; reads one event past the page to know whether there is a next. */
export const readAuditPage = async (
  db: ValvoDatabase,
  filters: AuditFilters,
  page: number,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> => {
  const { predicate } = compileFilters(filters);
  let collection = db.auditEvents.orderBy('seq').reverse();
  if (predicate) collection = collection.filter(predicate);
  const rows = await collection
    .offset((page - 1) * pageSize)
    .limit(pageSize + 1)
    .toArray();
  const events = rows.slice(0, pageSize);
  const [total, names] = await Promise.all([db.auditEvents.count(), readRecordNames(db, events)]);
  return { events, hasNext: rows.length > pageSize, total, names };
};

/** A record's history, newest first, at most `limit` events (and whether there are more). */
export const readRecordHistory = async (
  db: ValvoDatabase,
  entity: AuditedEntity,
  entityId: string,
  limit: number,
) => {
  const events = await db.auditEvents
    .where('[entity+entityId]')
    .equals([entity, entityId])
    .reverse()
    .sortBy('seq');
  const shown = events.slice(0, limit);
  return { events: shown, hasMore: events.length > limit, names: await readRecordNames(db, shown) };
};

/** Fields whose values are ids of other records, and the table those records are in. */
export const REFERENCE_FIELDS: Record<string, 'units' | 'risks' | 'controlActions'> = {
  unitId: 'units',
  parentId: 'units',
  riskId: 'risks',
  riskIds: 'risks',
  objectiveActionId: 'controlActions',
  carriedFromId: 'controlActions',
  actionId: 'controlActions',
};

const ENTITY_TABLES: Record<AuditedEntity, keyof ValvoDatabase & string> = {
  unit: 'units',
  planYear: 'planYears',
  controlAction: 'controlActions',
  risk: 'risks',
  assessment: 'assessments',
  setting: 'settings',
  unitReview: 'unitReviews',
  unitPackage: 'unitPackages',
  packageMerge: 'packageMerges',
  indicator: 'indicators',
};

type Named = {
  id: string;
  name?: string;
  title?: string;
  objective?: string;
  year?: number;
  key?: string;
  riskId?: string;
  unitId?: string;
};

const idsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter(isString) : [];
const isString = (value: unknown): value is string => typeof value === 'string';

/**
 * Names for the records the events are about and the records their changed fields point to,
 * read as they are now (a renamed row shows its current objective). A setting is named by its key,
 * which the caller translates.
 */
export const readRecordNames = async (
  db: ValvoDatabase,
  events: readonly AuditEvent[],
): Promise<Map<string, string>> => {
  const wanted = new Map<string, Set<string>>();
  const want = (table: string, id: string) => {
    const ids = wanted.get(table) ?? new Set<string>();
    ids.add(id);
    wanted.set(table, ids);
  };
  for (const event of events) {
    want(ENTITY_TABLES[event.entity], event.entityId);
    for (const [field, [before, after]] of Object.entries(event.changes)) {
      const table = REFERENCE_FIELDS[field];
      if (table) for (const id of [...idsIn(before), ...idsIn(after)]) want(table, id);
    }
  }
  const records = new Map<string, Named>();
  const load = async (table: string, ids: Iterable<string>) => {
    const found = await (db.table(table) as Table<Named, string>).bulkGet([...ids]);
    for (const record of found) if (record) records.set(record.id, record);
    return found.filter((record): record is Named => record !== undefined);
  };
  const loaded = await Promise.all([...wanted].map(([table, ids]) => load(table, ids)));
  // Assessments are named by their risk and reviews by their unit: fetch those too.
  const second = new Map<string, Set<string>>([
    ['risks', new Set()],
    ['units', new Set()],
  ]);
  for (const record of loaded.flat()) {
    if (record.riskId && !records.has(record.riskId)) second.get('risks')!.add(record.riskId);
    if (record.unitId && !records.has(record.unitId)) second.get('units')!.add(record.unitId);
  }
  await Promise.all([...second].map(([table, ids]) => load(table, ids)));

  const names = new Map<string, string>();
  const nameOf = (record: Named): string | undefined => {
    if (record.title !== undefined) return record.title;
    if (record.objective !== undefined) return record.objective;
    if (record.name !== undefined) return record.name;
    if (record.key !== undefined) return record.key;
    if (record.riskId) {
      const risk = records.get(record.riskId);
      return risk?.title;
    }
    if (record.unitId && record.year !== undefined) {
      const unit = records.get(record.unitId);
      return unit?.name ? `${unit.name} ${record.year}` : String(record.year);
    }
    if (record.year !== undefined) return String(record.year);
    return undefined;
  };
  for (const record of records.values()) {
    const name = nameOf(record);
    if (name) names.set(record.id, name);
  }
  return names;
};
