import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Unit } from '../../../shared/domain/unit';
import { CITY, action, id, unit } from '../../../shared/worklists/register.test-support';
import { openTestDatabase } from '../../test/testDatabase';
import { FIRST_ROWS, readFirstRegisterRows } from './firstRegisterRows';
import { readActionRegisterData } from './useRegisterData';

const TODAY = '2026-06-15';
const CITY_NUMBERS = [1, 10, 11, 12, 13, 20, 21];

/** The whole year read at once, as the register does once its full read is in. */
const wholeYear = async (db: ReturnType<typeof openTestDatabase>, year: number) =>
  (await readActionRegisterData(db, year, TODAY)).rows;

/** Cost units added under random parents, some of them deleted; their numbers from 100 up. */
const extraUnits = fc.array(
  fc.record({ parent: fc.constantFrom(...CITY_NUMBERS), isDeleted: fc.boolean() }),
  { maxLength: 6 },
);

const actionsOf = (unitNumbers: readonly number[]) =>
  fc.array(
    fc.record({
      // 999 is a unit that does not exist: its rows list last, without a unit.
      unitNumber: fc.constantFrom(...unitNumbers, 999),
      year: fc.constantFrom(2025, 2026),
      isDeleted: fc.nat(4).map((n) => n === 0),
      // Few distinct orders, so rows often tie and keep the order they were read in.
      sortOrder: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 60 },
  );

describe('the register’s first rows before the whole year is read', () => {
  it('are the whole year’s first rows, in the same order, as many as its units hold', async () => {
    await fc.assert(
      fc.asyncProperty(
        extraUnits.chain((extras) =>
          fc.record({
            extras: fc.constant(extras),
            actions: actionsOf([...CITY_NUMBERS, ...extras.map((_, index) => 100 + index)]),
            limit: fc.integer({ min: 1, max: 12 }),
          }),
        ),
        async ({ extras, actions, limit }) => {
          const db = openTestDatabase();
          const units: Unit[] = [
            ...CITY,
            ...extras.map(({ parent, isDeleted }, index) => ({
              ...unit(100 + index, parent, 'costUnit', `Yksikkö ${index}`),
              deletedAt: isDeleted ? '2026-03-01T00:00:00.000Z' : null,
            })),
          ];
          const records: ControlAction[] = actions.map((each) =>
            action(each.unitNumber, {
              year: each.year,
              sortOrder: each.sortOrder,
              deletedAt: each.isDeleted ? '2026-03-01T00:00:00.000Z' : null,
            }),
          );
          await db.units.bulkAdd(units);
          await db.controlActions.bulkAdd(records);
          const first = await readFirstRegisterRows(db, 2026, TODAY, limit);
          const whole = await wholeYear(db, 2026);
          // Rows of a unit that is gone list last; the first rows stop at the tree's end.
          const placed = whole.filter((row) => row.unitOrder !== Number.MAX_SAFE_INTEGER);
          expect(first).toHaveLength(Math.min(limit, placed.length));
          expect(first).toEqual(whole.slice(0, first.length));
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops reading once a screenful is found', async () => {
    const db = openTestDatabase();
    await db.units.bulkAdd(CITY);
    // The first unit in tree order with rows (the city itself) has more than a screenful.
    await db.controlActions.bulkAdd([
      ...Array.from({ length: FIRST_ROWS + 5 }, () => action(1)),
      action(21, { objective: 'Kadut' }),
    ]);
    const asked: unknown[] = [];
    const where = db.controlActions.where.bind(db.controlActions);
    db.controlActions.where = ((index: string) => {
      asked.push(index);
      return where(index);
    }) as typeof db.controlActions.where;
    const first = await readFirstRegisterRows(db, 2026, TODAY);
    expect(first).toHaveLength(FIRST_ROWS);
    expect(first.every((row) => row.unitId === id(1))).toBe(true);
    expect(asked).toEqual(['[unitId+year]']);
    db.close();
  });

  it('is empty for a year without rows', async () => {
    const db = openTestDatabase();
    await db.units.bulkAdd(CITY);
    await db.controlActions.bulkAdd([action(12, { year: 2025 })]);
    expect(await readFirstRegisterRows(db, 2026, TODAY)).toEqual([]);
    db.close();
  });
});
