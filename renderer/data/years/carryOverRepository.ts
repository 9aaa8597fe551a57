import { carriedAction, planCarryOver } from '../../../shared/review/carry-over';
import { carriedIndicator, carryPriorities } from '../../../shared/review/carry-over-goals';
import { readPriorities } from '../goals/goalSettings';
import { createSettingsRepository } from '../settings/settingsRepository';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { freshMeta } from '../core/writeContext';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import { createYearRepository } from './yearRepository';

export type CarryOverResult = {
  copied: number;
  alreadyCarried: number;
  ignored: number;
  createdYear: boolean;
  /** Indicators copied with the rows, unmeasured. */
  indicators: number;
  /** Names of strategy priorities the next year did not have, copied into its list. */
  addedPriorities: string[];
};

/**
 * Continues a closed year's unfinished work in the next: postponed and not-done rows (and any the
 * controller picks) are copied with carriedFromId, each in its table kind, with its live
 * indicators unmeasured (see carriedIndicator) and a strategy goal under the next year's
 * priority of the same name (see carryPriorities). Rows already carried are not copied again, so
 * running it twice merges instead of duplicating. Risks are not year-bound and simply carry on.
 * All in one transaction with its audit events.
 */
export const createCarryOverRepository = (db: ValvoDatabase, context: WriteContext) => ({
  carryOver: async (
    fromYear: number,
    toYear: number,
    picked: string[] = [],
  ): Promise<CarryOverResult> => {
    assertRole('controller', context);
    if (toYear <= fromYear) throw new DomainError('review.errors.carryBackwards');
    return writeTransaction(
      db,
      context,
      { rule: 'controller', tables: ['controlActions', 'indicators', 'settings'] },
      async (tx) => {
        await tx.check([{ kind: 'organisation' }]);
        const source = await tx.requireYear(fromYear);
        if (source.status !== 'closed')
          throw new DomainError('review.errors.carryFromOpenYear', { year: fromYear });
        const existing = await db.planYears.where('year').equals(toYear).first();
        if (!existing) await createYearRepository(db, context).create(toYear, 'planning');
        await tx.check([{ kind: 'organisation', year: toYear }]);
        const rows = await db.controlActions.where('year').anyOf([fromYear, toYear]).toArray();
        const plan = planCarryOver({ fromYear, toYear, rows, picked });
        const nextOrder = new Map<string, number>();
        for (const row of rows.filter((item) => item.year === toYear)) {
          nextOrder.set(row.unitId, Math.max(nextOrder.get(row.unitId) ?? 0, row.sortOrder + 1));
        }
        const priorities = await readPriorities(db);
        const { mapping, added } = carryPriorities(
          plan.toCopy.map((row) => row.priorityId),
          priorities,
          toYear,
          context.newId,
        );
        if (added.length > 0)
          await createSettingsRepository(db, context).save('strategyPriorities', [
            ...priorities,
            ...added,
          ]);
        const copies = plan.toCopy.map((from) => {
          const sortOrder = nextOrder.get(from.unitId) ?? 0;
          nextOrder.set(from.unitId, sortOrder + 1);
          const priorityId =
            from.priorityId === null ? null : (mapping.get(from.priorityId) ?? null);
          const after = {
            ...freshMeta(context),
            ...carriedAction(from, toYear),
            priorityId,
            sortOrder,
          };
          return { before: null, after, op: 'create' as const };
        });
        await tx.write('controlAction', copies);
        const measures = await db.indicators
          .where('actionId')
          .anyOf(plan.toCopy.map((row) => row.id))
          .filter((indicator) => indicator.deletedAt === null)
          .sortBy('sortOrder');
        const rowOf = new Map(copies.map(({ after }) => [after.carriedFromId, after]));
        await tx.write(
          'indicator',
          measures.map((source) => ({
            before: null,
            after: {
              ...freshMeta(context),
              ...carriedIndicator(source, rowOf.get(source.actionId)!),
            },
            op: 'create' as const,
          })),
        );
        return {
          copied: plan.toCopy.length,
          alreadyCarried: plan.alreadyCarried.length,
          ignored: plan.ignored.length,
          createdYear: !existing,
          indicators: measures.length,
          addedPriorities: added.map((priority) => priority.name),
        };
      },
    );
  },
});

export type CarryOverRepository = ReturnType<typeof createCarryOverRepository>;
