import { toIsoDate } from '../../../shared/dates';
import type { ControlAction, ProgressNote } from '../../../shared/domain/control-action';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { revise } from '../core/writeContext';
import type { DoorTransaction } from '../door/writeTransaction';
import { writeTransaction } from '../door/writeTransaction';
import type { BulkChange, ParsedChange } from './bulkChecks';
import { assertActionsWritable, parseChangeByYear, requireSeenActions } from './bulkChecks';

export type { BulkChange } from './bulkChecks';

/** A row as the user saw it when they selected it. */
export type BulkActionRef = { id: string; rev: number };

type Restorable = Pick<ControlAction, 'owner' | 'deadline' | 'status' | 'notes'>;

/** What undoing a bulk update needs: each changed row's revision after it and its values before. */
export type BulkUndoToken = {
  rows: { id: string; beforeRev: number; afterRev: number; before: Restorable }[];
};

type Update = { before: ControlAction; after: ControlAction; op: 'update' | 'status' };

const restorable = ({ owner, deadline, status, notes }: ControlAction): Restorable => ({
  owner,
  deadline,
  status,
  notes,
});

/**
 * Changes owner, deadline and/or status of many rows at once, all or nothing, and undoes such
 * a change. Every row is re-read inside the one transaction: a row deleted, changed since it
 * was selected, in a closed year or outside an open unit package refuses the whole write with
 * a message naming the rows.
 */
export const createBulkRepository = (db: ValvoDatabase, context: WriteContext) => {
  // Readers may look but not change: the door's 'editor' rule refuses them.
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(db, context, { rule: 'editor', tables: ['controlActions'] }, body);

  /** The row with the change applied, or null when the change leaves it as it was. */
  const applyChange = (row: ControlAction, change: ParsedChange, today: string): Update | null => {
    const changes: Partial<ControlAction> = {};
    if (change.owner !== undefined && change.owner !== row.owner) changes.owner = change.owner;
    if (change.deadline !== undefined && change.deadline !== row.deadline)
      changes.deadline = change.deadline;
    if (change.status !== undefined && change.status !== row.status) changes.status = change.status;
    // A status change always leaves a dated note, as the single-row status dialog does.
    if (changes.status !== undefined || change.note !== '') {
      const note: ProgressNote = {
        id: context.newId(),
        date: today,
        author: context.actor(),
        text: change.note,
        status: change.status ?? null,
      };
      changes.notes = [...row.notes, note];
    }
    if (Object.keys(changes).length === 0) return null;
    const isStatus =
      changes.status !== undefined ||
      (changes.owner === undefined && changes.deadline === undefined);
    return {
      before: row,
      after: revise(row, changes, context),
      op: isStatus ? 'status' : 'update',
    };
  };

  return {
    /**
     * Applies `change` to every row in `rows` (as seen at `rev`) in one transaction. Rows the
     * change leaves as they were are not written. Returns what `undo` needs.
     */
    updateActions: async (rows: readonly BulkActionRef[], change: BulkChange) => {
      const refs = [...new Map(rows.map((row) => [row.id, row])).values()];
      const today = toIsoDate(context.now());
      return write(async (tx): Promise<BulkUndoToken> => {
        if (refs.length === 0) throw new DomainError('worklists.bulk.errors.noRows');
        const found = await db.controlActions.bulkGet(refs.map((ref) => ref.id));
        const current = requireSeenActions(refs, found, {
          deleted: 'worklists.bulk.errors.deleted',
          changed: 'worklists.bulk.errors.changed',
        });
        await assertActionsWritable(db, current);
        const byYear = parseChangeByYear(change, current);
        const updates = current
          .map((row) => applyChange(row, byYear.get(row.year)!, today))
          .filter((update): update is Update => update !== null);
        await tx.write('controlAction', updates);
        return {
          rows: updates.map(({ before, after }) => ({
            id: after.id,
            beforeRev: before.rev,
            afterRev: after.rev,
            before: restorable(before),
          })),
        };
      });
    },

    /** Puts the rows back as they were before the bulk update; refused if any changed since. */
    undo: async (token: BulkUndoToken) => {
      return write(async (tx) => {
        const refs = token.rows.map((row) => ({ id: row.id, rev: row.afterRev }));
        const found = await db.controlActions.bulkGet(refs.map((ref) => ref.id));
        const current = requireSeenActions(refs, found, {
          deleted: 'worklists.bulk.errors.undoDeleted',
          changed: 'worklists.bulk.errors.undoChanged',
        });
        await assertActionsWritable(db, current);
        const updates = current.map((row, index): Update => {
          const before = token.rows[index]!.before;
          return {
            before: row,
            after: revise(row, before, context),
            op: before.status === row.status ? 'update' : 'status',
          };
        });
        await tx.write('controlAction', updates);
        return { restored: updates.length };
      });
    },
  };
};

export type BulkRepository = ReturnType<typeof createBulkRepository>;
