import type {
  ActionFormValues,
  ControlAction,
  JudgementOverrideInput,
  OutcomeFormValues,
  StatusChangeInput,
} from '../../../shared/domain/control-action';
import {
  actionInputSchema,
  judgementOverrideInputSchema,
  outcomeInputSchema,
  statusChangeSchema,
} from '../../../shared/domain/control-action';
import { INTERNAL_CONTROL_KIND_ID } from '../../../shared/domain/table-kind';
import type { ValvoDatabase } from '../core/database';
import { checkPlacement } from '../goals/placement';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { revise } from '../core/writeContext';
import type { DoorTransaction } from '../door/writeTransaction';
import { writeTransaction } from '../door/writeTransaction';

/**
 * The rows of the plan. Every write goes through the door, which checks the row's year is not
 * closed, keeps it inside an open unit package and withdraws the unit's approval for that year.
 */
export const createActionRepository = (db: ValvoDatabase, context: WriteContext) => {
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(db, context, { rule: 'edit', tables: ['controlActions', 'settings'] }, body);

  const actionsOf = (unitId: string, year: number) =>
    db.controlActions
      .where('[unitId+year]')
      .equals([unitId, year])
      .filter((row) => row.deletedAt === null)
      .sortBy('sortOrder');

  return {
    create: async (unitId: string, year: number, values: ActionFormValues) => {
      const input = parseInput(actionInputSchema(year), values);
      return write(async (tx) => {
        await tx.requireYear(year);
        await tx.check([{ kind: 'unit', unitId, year }]);
        const unit = await db.units.get(unitId);
        if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
        if (!unit.active) throw new DomainError('actions.errors.unitInactive');
        const rows = await actionsOf(unitId, year);
        const { kindId, priorityId, ...fields } = input;
        const placement = await checkPlacement(db, year, {
          kindId: kindId ?? INTERNAL_CONTROL_KIND_ID,
          priorityId: priorityId ?? null,
        });
        return tx.create('controlAction', {
          ...fields,
          ...placement,
          year,
          unitId,
          sortOrder: rows.reduce((max, row) => Math.max(max, row.sortOrder + 1), 0),
          notes: [],
          outcome: null,
          riskIds: [],
          carriedFromId: null,
          judgementOverride: null,
        });
      });
    },

    update: (id: string, expectedRev: number, values: ActionFormValues) =>
      write(async (tx) => {
        const before = await tx.get('controlAction', id, { expectedRev, live: true });
        const { kindId, priorityId, ...fields } = parseInput(
          actionInputSchema(before.year),
          values,
        );
        const placement = await checkPlacement(
          db,
          before.year,
          {
            kindId: kindId ?? before.kindId,
            priorityId: priorityId === undefined ? before.priorityId : priorityId,
          },
          before.kindId,
        );
        return tx.update('controlAction', before, { ...fields, ...placement }, 'update');
      }),

    /** A status change, with an optional dated progress note by the current profile. */
    setStatus: async (
      id: string,
      expectedRev: number,
      change: StatusChangeInput,
      today: string,
    ) => {
      const { status, note } = parseInput(statusChangeSchema, change);
      return write(async (tx) => {
        const before = await tx.get('controlAction', id, { expectedRev, live: true });
        if (before.status === status && note === '') return before;
        const entry = {
          id: context.newId(),
          date: today,
          author: context.actor(),
          text: note,
          status,
        };
        return tx.update(
          'controlAction',
          before,
          { status, notes: [...before.notes, entry] },
          'status',
        );
      });
    },

    /**
     * Swaps the row with its neighbour above (-1) or below (+1) in its own table: the rows of
     * the unit and year of the same kind and strategy priority, as the unit page shows them.
     */
    move: (id: string, direction: -1 | 1) =>
      write(async (tx) => {
        const row = await tx.get('controlAction', id, { live: true });
        const rows = await actionsOf(row.unitId, row.year);
        const table = rows.filter(
          (item) => item.kindId === row.kindId && item.priorityId === row.priorityId,
        );
        const neighbour = table[table.findIndex((item) => item.id === id) + direction];
        if (!neighbour) return;
        await tx.check([{ kind: 'unit', unitId: row.unitId, year: row.year }]);
        // Renumber densely so that equal sortOrders left by old data cannot stall a move.
        const order = rows.map((item) => item.id);
        const [from, to] = [order.indexOf(id), order.indexOf(neighbour.id)];
        [order[from], order[to]] = [neighbour.id, id];
        const changed = rows.filter((item) => item.sortOrder !== order.indexOf(item.id));
        await tx.write(
          'controlAction',
          changed.map((item) => ({
            before: item,
            after: revise(item, { sortOrder: order.indexOf(item.id) }, context),
            op: 'update' as const,
          })),
        );
      }),

    /** The realised outcome at the year-end review; the row takes the outcome's final status. */
    setOutcome: async (id: string, expectedRev: number, values: OutcomeFormValues) => {
      const { status, text, evidence } = parseInput(outcomeInputSchema, values);
      return write(async (tx) => {
        const before = await tx.get('controlAction', id, { expectedRev, live: true });
        const outcome = {
          status,
          text,
          evidence,
          assessedBy: context.actor(),
          assessedAt: context.now().toISOString(),
        };
        return tx.update('controlAction', before, { status, outcome }, 'status');
      });
    },

    /**
     * A person's judgement of a goal row in place of the rule over its indicators, with the
     * reason; null takes it back to the rule. The audit trail keeps both, with who and when.
     */
    overrideJudgement: async (
      id: string,
      expectedRev: number,
      values: JudgementOverrideInput | null,
    ) => {
      const input = values === null ? null : parseInput(judgementOverrideInputSchema, values);
      return write(async (tx) => {
        const before = await tx.get('controlAction', id, { expectedRev, live: true });
        const judgementOverride =
          input === null
            ? null
            : { ...input, by: context.actor(), at: context.now().toISOString() };
        return tx.update('controlAction', before, { judgementOverride }, 'status');
      });
    },

    softDelete: (id: string) =>
      write(async (tx) =>
        tx.update(
          'controlAction',
          await tx.get('controlAction', id, { live: true }),
          { deletedAt: context.now().toISOString() },
          'delete',
        ),
      ),

    /** Undo of a soft delete. */
    restore: (id: string) =>
      write(async (tx): Promise<ControlAction> => {
        const before = await tx.get('controlAction', id);
        if (before.deletedAt === null) return before;
        return tx.update('controlAction', before, { deletedAt: null }, 'restore');
      }),
  };
};

export type ActionRepository = ReturnType<typeof createActionRepository>;
