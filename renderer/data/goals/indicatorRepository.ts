import type { Indicator, Judgement } from '../../../shared/domain/indicator';
import { JUDGEMENTS } from '../../../shared/domain/indicator';
import type { IndicatorFormValues, ReadingFormValues } from '../../../shared/goals/indicator-form';
import { indicatorInputSchema, readingInputSchema } from '../../../shared/goals/indicator-form';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import type { DoorTransaction } from '../door/writeTransaction';
import { writeTransaction } from '../door/writeTransaction';

/** A row's live indicators in their order. */
export const indicatorsOf = (db: ValvoDatabase, actionId: string) =>
  db.indicators
    .where('actionId')
    .equals(actionId)
    .filter((indicator) => indicator.deletedAt === null)
    .sortBy('sortOrder');

/**
 * The indicators (mittarit) of goal rows. They belong to their row's unit and year, so the door
 * refuses them in a closed year and outside an open unit package, as it does the rows.
 */
export const createIndicatorRepository = (db: ValvoDatabase, context: WriteContext) => {
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(db, context, { rule: 'edit', tables: ['indicators', 'controlActions'] }, body);

  return {
    add: async (actionId: string, values: IndicatorFormValues) => {
      const input = parseInput(indicatorInputSchema, values);
      return write(async (tx) => {
        const action = await tx.get('controlAction', actionId, { live: true });
        const siblings = await indicatorsOf(db, actionId);
        return tx.create('indicator', {
          ...input,
          actionId,
          unitId: action.unitId,
          year: action.year,
          values: [],
          judgement: null,
          sortOrder: siblings.reduce((max, item) => Math.max(max, item.sortOrder + 1), 0),
        });
      });
    },

    /** The text, type, unit, baseline, target and direction; actual values stay as entered. */
    update: async (id: string, expectedRev: number, values: IndicatorFormValues) => {
      const input = parseInput(indicatorInputSchema, values);
      return write(async (tx) => {
        const before = await tx.get('indicator', id, { expectedRev, live: true });
        if (input.type !== before.type && before.values.length > 0)
          throw new DomainError('goals.indicators.errors.typeHasValues', {
            count: before.values.length,
          });
        return tx.update('indicator', before, input, 'update');
      });
    },

    /** An actual value for a date, entered by the current profile. */
    addReading: async (id: string, expectedRev: number, values: ReadingFormValues) =>
      write(async (tx) => {
        const before = await tx.get('indicator', id, { expectedRev, live: true });
        const { date, value } = parseInput(readingInputSchema(before), values);
        const reading = {
          id: context.newId(),
          date,
          value,
          by: context.actor(),
          at: context.now().toISOString(),
        };
        return tx.update('indicator', before, { values: [...before.values, reading] }, 'update');
      }),

    /** The realisation judgement; null takes it back. */
    judge: async (id: string, expectedRev: number, judgement: Judgement | null) => {
      if (judgement !== null && !JUDGEMENTS.includes(judgement))
        throw new DomainError('errors.invalidInput', { field: 'judgement' });
      return write(async (tx) => {
        const before = await tx.get('indicator', id, { expectedRev, live: true });
        if (before.judgement === judgement) return before;
        return tx.update('indicator', before, { judgement }, 'status');
      });
    },

    softDelete: (id: string) =>
      write(async (tx): Promise<Indicator> =>
        tx.update(
          'indicator',
          await tx.get('indicator', id, { live: true }),
          { deletedAt: context.now().toISOString() },
          'delete',
        ),
      ),

    restore: (id: string) =>
      write(async (tx): Promise<Indicator> => {
        const before = await tx.get('indicator', id);
        if (before.deletedAt === null) return before;
        return tx.update('indicator', before, { deletedAt: null }, 'restore');
      }),
  };
};

export type IndicatorRepository = ReturnType<typeof createIndicatorRepository>;
