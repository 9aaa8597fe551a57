import type {
  ActionFormValues,
  ControlAction,
  OutcomeFormValues,
  StatusChangeInput,
} from '../../../shared/domain/control-action';
import {
  ControlActionSchema,
  actionInputSchema,
  outcomeInputSchema,
  statusChangeSchema,
} from '../../../shared/domain/control-action';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import { assertYearWritable } from '../door/yearLock';
import { assertInPackageScope, packageScopeTables } from '../door/packageScope';
import { withdrawApproval } from '../door/approvals';
import { requirePlanYear } from '../years/planYearRepository';

type AuditOp = 'update' | 'status' | 'delete' | 'restore';

/**
 * Every write checks the row's year is not closed and withdraws the unit's approval for that
 * year, both inside the write's transaction.
 */

export const createActionRepository = (db: ValvoDatabase, context: WriteContext) => {
  const tables = [
    db.controlActions,
    db.planYears,
    db.units,
    db.unitReviews,
    db.auditEvents,
    ...packageScopeTables(db),
  ];

  const guard = async (row: Pick<ControlAction, 'year' | 'unitId'>) => {
    await assertYearWritable(db, row.year);
    await assertInPackageScope(db, row);
    await withdrawApproval(db, context, row.unitId, row.year);
  };

  const load = async (id: string, expectedRev?: number) => {
    const action = await db.controlActions.get(id);
    if (!action) throw new DomainError('errors.notFound');
    if (expectedRev !== undefined && action.rev !== expectedRev)
      throw new DomainError('errors.staleRecord');
    return action;
  };

  const live = async (id: string, expectedRev?: number) => {
    const action = await load(id, expectedRev);
    if (action.deletedAt !== null) throw new DomainError('errors.notFound');
    return action;
  };

  const store = async (before: ControlAction, changes: Partial<ControlAction>, op: AuditOp) => {
    await guard(before);
    const after = validateRecord(ControlActionSchema, revise(before, changes, context));
    await db.controlActions.put(after);
    await appendAuditEvents(db, context, [
      { entity: 'controlAction', entityId: after.id, op, before, after },
    ]);
    return after;
  };

  const rowsOf = (unitId: string, year: number) =>
    db.controlActions
      .where('[unitId+year]')
      .equals([unitId, year])
      .filter((row) => row.deletedAt === null)
      .sortBy('sortOrder');

  return {
    create: async (unitId: string, year: number, values: ActionFormValues) => {
      const input = parseInput(actionInputSchema(year), values);
      return db.transaction('rw', tables, async () => {
        await requirePlanYear(db, year);
        await guard({ year, unitId });
        const unit = await db.units.get(unitId);
        if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
        if (!unit.active) throw new DomainError('actions.errors.unitInactive');
        const rows = await rowsOf(unitId, year);
        const action = validateRecord(ControlActionSchema, {
          ...freshMeta(context),
          ...input,
          year,
          unitId,
          sortOrder: rows.reduce((max, row) => Math.max(max, row.sortOrder + 1), 0),
          notes: [],
          outcome: null,
          riskIds: [],
          carriedFromId: null,
        });
        await db.controlActions.add(action);
        await appendAuditEvents(db, context, [
          {
            entity: 'controlAction',
            entityId: action.id,
            op: 'create',
            before: null,
            after: action,
          },
        ]);
        return action;
      });
    },

    update: (id: string, expectedRev: number, values: ActionFormValues) =>
      db.transaction('rw', tables, async () => {
        const before = await live(id, expectedRev);
        const input = parseInput(actionInputSchema(before.year), values);
        return store(before, input, 'update');
      }),

    /** A status change, with an optional dated progress note by the current profile. */
    setStatus: async (
      id: string,
      expectedRev: number,
      change: StatusChangeInput,
      today: string,
    ) => {
      const { status, note } = parseInput(statusChangeSchema, change);
      return db.transaction('rw', tables, async () => {
        const before = await live(id, expectedRev);
        if (before.status === status && note === '') return before;
        const entry = {
          id: context.newId(),
          date: today,
          author: context.actor(),
          text: note,
          status,
        };
        return store(before, { status, notes: [...before.notes, entry] }, 'status');
      });
    },

    /** Swaps the row with its neighbour above (-1) or below (+1) in the unit's list for the year. */
    move: (id: string, direction: -1 | 1) =>
      db.transaction('rw', tables, async () => {
        const row = await live(id);
        const rows = await rowsOf(row.unitId, row.year);
        const index = rows.findIndex((item) => item.id === id);
        const neighbour = rows[index + direction];
        if (!neighbour) return;
        await guard(row);
        // Renumber densely first so that equal sortOrders left by old data cannot stall a move.
        const order = rows.map((item) => item.id);
        order.splice(index, 1);
        order.splice(index + direction, 0, id);
        const changed = rows.filter((item) => item.sortOrder !== order.indexOf(item.id));
        const updates = changed.map((item) => ({
          before: item,
          after: validateRecord(
            ControlActionSchema,
            revise(item, { sortOrder: order.indexOf(item.id) }, context),
          ),
        }));
        await db.controlActions.bulkPut(updates.map((update) => update.after));
        await appendAuditEvents(
          db,
          context,
          updates.map(({ before, after }) => ({
            entity: 'controlAction',
            entityId: after.id,
            op: 'update',
            before,
            after,
          })),
        );
      }),

    /** The realised outcome at the year-end review; the row takes the outcome's final status. */
    setOutcome: async (id: string, expectedRev: number, values: OutcomeFormValues) => {
      const { status, text, evidence } = parseInput(outcomeInputSchema, values);
      return db.transaction('rw', tables, async () => {
        const before = await live(id, expectedRev);
        const outcome = {
          status,
          text,
          evidence,
          assessedBy: context.actor(),
          assessedAt: context.now().toISOString(),
        };
        return store(before, { status, outcome }, 'status');
      });
    },

    softDelete: (id: string) =>
      db.transaction('rw', tables, async () =>
        store(await live(id), { deletedAt: context.now().toISOString() }, 'delete'),
      ),

    /** Undo of a soft delete. */
    restore: (id: string) =>
      db.transaction('rw', tables, async () => {
        const before = await load(id);
        if (before.deletedAt === null) return before;
        return store(before, { deletedAt: null }, 'restore');
      }),
  };
};

export type ActionRepository = ReturnType<typeof createActionRepository>;
