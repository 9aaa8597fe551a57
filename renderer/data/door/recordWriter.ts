import type { Table } from 'dexie';
import type { AuditedEntity, AuditOperation } from '../../../shared/domain/audit-event';
import type { RecordMeta } from '../../../shared/domain/record';
import type { AuditDraft } from './auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import type { RecordOf } from './entities';
import { ENTITIES } from './entities';
import type { WriteRule } from './rules';
import { RULES } from './rules';
import type { WriteScope } from './scopeGuard';

// Records are stored in slices, so no single request carries thousands of them.
const CHUNK_SIZE = 250;

/** One record's change: `before` null for a new record. */
export type RecordWrite<E extends AuditedEntity> = {
  before: RecordOf<E> | null;
  after: RecordOf<E>;
  op: AuditOperation;
};

export type WriteOptions = {
  /** Names the origin of a change made from a file (a package, a merged return). */
  source?: string;
  /** The scope of records that do not name it themselves (an assessment: its risk's unit). */
  scope?: WriteScope;
};

/** A new record's options: its audit operation (a merge is 'merge') and what its event keeps. */
export type CreateOptions<E extends AuditedEntity> = WriteOptions & {
  op?: AuditOperation;
  audited?: (record: RecordOf<E>) => object;
};

type Deps = {
  db: ValvoDatabase;
  context: WriteContext;
  rule: WriteRule;
  audit: (drafts: readonly AuditDraft[]) => void;
  check: (scopes: readonly WriteScope[]) => Promise<void>;
};

const tableOf = <E extends AuditedEntity>(db: ValvoDatabase, entity: E) =>
  db.table(ENTITIES[entity].table) as unknown as Table<RecordOf<E>, string>;

/** The record-level half of the door: every record write validates, meets its rules, is audited. */
export const createRecordWriter = ({ db, context, rule, audit, check }: Deps) => {
  const scopesOf = <E extends AuditedEntity>(
    entity: E,
    writes: readonly RecordWrite<E>[],
    options: WriteOptions,
  ): WriteScope[] => {
    const spec = ENTITIES[entity];
    const scopes: WriteScope[] = [];
    for (const { before, after } of writes) {
      for (const record of before ? [before, after] : [after]) {
        const scope = spec.scope(record as never) ?? options.scope;
        if (!scope) throw new Error(`The write of a ${entity} must name its scope`);
        scopes.push(scope);
      }
    }
    return scopes;
  };

  const draftOf = <E extends AuditedEntity>(
    entity: E,
    { before, after, op }: RecordWrite<E>,
    options: CreateOptions<E>,
  ): AuditDraft => {
    const audited =
      options.audited ??
      (ENTITIES[entity].audited as ((record: RecordOf<E>) => object) | undefined);
    const kept = (record: RecordOf<E> | null) =>
      record && audited ? audited(record) : (record as object | null);
    return {
      entity,
      entityId: (after as RecordMeta).id,
      op,
      before: kept(before),
      after: kept(after),
      ...(options.source ? { source: options.source } : {}),
    };
  };

  /** Validates, checks the rules of, stores and audits whole records. */
  const write = async <E extends AuditedEntity>(
    entity: E,
    writes: readonly RecordWrite<E>[],
    options: CreateOptions<E> = {},
  ): Promise<RecordOf<E>[]> => {
    if (writes.length === 0) return [];
    const { schema } = ENTITIES[entity];
    const valid = writes.map((item) => ({ ...item, after: validateRecord(schema, item.after) }));
    // A verified file written as given keeps its own state; its module checks what applies.
    if (!RULES[rule].writesAsGiven) await check(scopesOf(entity, valid, options));
    const table = tableOf(db, entity);
    for (let start = 0; start < valid.length; start += CHUNK_SIZE) {
      const chunk = valid.slice(start, start + CHUNK_SIZE);
      await table.bulkPut(chunk.map((item) => item.after));
      audit(chunk.map((item) => draftOf(entity, item, options)));
    }
    return valid.map((item) => item.after);
  };

  return {
    write,

    /** A new record of `fields`, with fresh id, rev 1 and stamps. */
    create: async <E extends AuditedEntity>(
      entity: E,
      fields: Omit<RecordOf<E>, keyof RecordMeta> & Partial<RecordMeta>,
      options: CreateOptions<E> = {},
    ): Promise<RecordOf<E>> => {
      const after = { ...freshMeta(context), ...fields } as RecordOf<E>;
      const op = options.op ?? 'create';
      const [created] = await write(entity, [{ before: null, after, op }], options);
      return created!;
    },

    /** The next revision of `before` with `changes`. */
    update: async <E extends AuditedEntity>(
      entity: E,
      before: RecordOf<E>,
      changes: Partial<RecordOf<E>>,
      op: AuditOperation,
      options: WriteOptions = {},
    ): Promise<RecordOf<E>> => {
      const after = revise(before as RecordOf<E> & RecordMeta, changes, context);
      const [updated] = await write(entity, [{ before, after, op }], options);
      return updated!;
    },

    /**
     * A record by id, for a write: refused as not found when missing (or deleted, with
     * `live`), and as stale when it is no longer the revision the user saw (`expectedRev`).
     */
    get: async <E extends AuditedEntity>(
      entity: E,
      id: string,
      { expectedRev, live = false }: { expectedRev?: number; live?: boolean } = {},
    ): Promise<RecordOf<E>> => {
      const record = (await tableOf(db, entity).get(id)) as (RecordOf<E> & RecordMeta) | undefined;
      if (!record) throw new DomainError('errors.notFound');
      if (expectedRev !== undefined && record.rev !== expectedRev)
        throw new DomainError('errors.staleRecord');
      if (live && record.deletedAt !== null) throw new DomainError('errors.notFound');
      return record;
    },

    /**
     * Removes records for good, each with its audit event: only a rule that replaces a register
     * with a verified file's (a package opened over the earlier one) may.
     */
    remove: async <E extends AuditedEntity>(
      entity: E,
      records: readonly RecordOf<E>[],
      options: WriteOptions = {},
    ) => {
      if (!RULES[rule].writesAsGiven) throw new Error(`The rule ${rule} does not remove records`);
      await tableOf(db, entity).bulkDelete(records.map((record) => (record as RecordMeta).id));
      audit(
        records.map((record) => ({
          entity,
          entityId: (record as RecordMeta).id,
          op: 'delete' as const,
          before: record as object,
          after: null,
          ...(options.source ? { source: options.source } : {}),
        })),
      );
    },

    /**
     * Replaces every table named with the verified file's records, as they are: only the
     * restore rules may. The file's reader checked each record with its schema and the chain.
     */
    replaceTables: async (tables: Readonly<Record<string, readonly unknown[]>>) => {
      if (!RULES[rule].replacesAll) throw new Error(`The rule ${rule} does not replace tables`);
      for (const [name, records] of Object.entries(tables)) {
        const table = db.table(name);
        await table.clear();
        await table.bulkAdd(records as unknown[]);
      }
    },
  };
};

export type RecordWriter = ReturnType<typeof createRecordWriter>;
