import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SortKey } from './register-sort';
import { createSorter, sortRows } from './register-sort';

type Item = { name: string; when: number | null; n: number };
const byName: SortKey<Item> = { kind: 'text', value: (item) => item.name };
const byWhen: SortKey<Item> = { kind: 'number', value: (item) => item.when };
const item = (name: string, when: number | null, n: number): Item => ({ name, when, n });
const names = (items: readonly Item[]) => items.map((entry) => entry.name);

describe('sorting the register', () => {
  it('sorts text in Finnish order: å, ä and ö after z, case aside', () => {
    const items = ['Öljy', 'ääni', 'Zeta', 'Åbo', 'alku', 'Banaani', 'aamu'].map((name, n) =>
      item(name, null, n),
    );
    expect(names(sortRows(items, byName, 'asc'))).toEqual([
      'aamu',
      'alku',
      'Banaani',
      'Zeta',
      'Åbo',
      'ääni',
      'Öljy',
    ]);
  });

  it('keeps tied rows in their order, in both directions', () => {
    const items = [item('b', 1, 0), item('a', 1, 1), item('b', 1, 2), item('a', 1, 3)];
    expect(sortRows(items, byName, 'asc').map((entry) => entry.n)).toEqual([1, 3, 0, 2]);
    expect(sortRows(items, byName, 'desc').map((entry) => entry.n)).toEqual([0, 2, 1, 3]);
  });

  it('puts empty values last whichever way it sorts', () => {
    const items = [item('', 3, 0), item('b', null, 1), item('a', 1, 2), item('c', 2, 3)];
    expect(names(sortRows(items, byName, 'asc'))).toEqual(['a', 'b', 'c', '']);
    expect(names(sortRows(items, byName, 'desc'))).toEqual(['c', 'b', 'a', '']);
    expect(sortRows(items, byWhen, 'asc').map((entry) => entry.when)).toEqual([1, 2, 3, null]);
    expect(sortRows(items, byWhen, 'desc').map((entry) => entry.when)).toEqual([3, 2, 1, null]);
  });

  it('returns every row once, ordered as the Finnish collator orders them', () => {
    const collator = new Intl.Collator('fi');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...'aAbäÄöÅz 1'.split('')), maxLength: 5 })),
        (values) => {
          const items = values.map((name, n) => item(name, null, n));
          const sorted = sortRows(items, byName, 'asc');
          expect([...sorted].sort((a, b) => a.n - b.n)).toEqual(items);
          const filled = sorted.filter((entry) => entry.name !== '');
          for (let index = 1; index < filled.length; index += 1) {
            const before = filled[index - 1]!;
            const after = filled[index]!;
            const order = collator.compare(before.name, after.name);
            expect(order).toBeLessThanOrEqual(0);
            if (order === 0) expect(before.n).toBeLessThan(after.n);
          }
        },
      ),
    );
  });

  it('sorts numbers and text as written like a stable sort that puts empty values last', () => {
    const byCode: SortKey<Item> = { kind: 'ordinal', value: (entry) => entry.name };
    /** The plain definition: a stable comparison sort, empty last in both directions. */
    const reference = <V>(
      items: readonly Item[],
      value: (entry: Item) => V,
      isEmpty: (value: V) => boolean,
      compare: (a: V, b: V) => number,
      direction: 'asc' | 'desc',
    ) =>
      [...items].sort((a, b) => {
        const [left, right] = [value(a), value(b)];
        if (isEmpty(left) !== isEmpty(right)) return isEmpty(left) ? 1 : -1;
        if (isEmpty(left)) return 0;
        return compare(left, right) * (direction === 'asc' ? 1 : -1);
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom('', '2026-01-05', '2026-01-15', '2025-12-31', 'B', 'a'),
            when: fc.option(fc.constantFrom(-1, 0, 2.5, 7, 20260105, Number.NaN)),
          }),
          { maxLength: 40 },
        ),
        fc.constantFrom('asc' as const, 'desc' as const),
        (values, direction) => {
          const items = values.map(({ name, when }, n) => item(name, when, n));
          const isEmptyNumber = (value: number | null) => value === null || Number.isNaN(value);
          expect(sortRows(items, byWhen, direction)).toEqual(
            reference(
              items,
              (entry) => entry.when,
              isEmptyNumber,
              (a, b) => a! - b!,
              direction,
            ),
          );
          expect(sortRows(items, byCode, direction)).toEqual(
            reference(
              items,
              (entry) => entry.name,
              (value) => value === '',
              (a, b) => (a < b ? -1 : a > b ? 1 : 0),
              direction,
            ),
          );
        },
      ),
    );
  });

  it('remembers a sorted order per loaded list and starts again for a new one', () => {
    const sorter = createSorter<Item, 'name' | 'when'>({ name: byName, when: byWhen });
    const rows = [item('b', 2, 0), item('a', 1, 1)];
    const first = sorter(rows, { column: 'name', direction: 'asc' });
    expect(names(first)).toEqual(['a', 'b']);
    expect(sorter(rows, { column: 'name', direction: 'asc' })).toBe(first);
    expect(names(sorter(rows, { column: 'name', direction: 'desc' }))).toEqual(['b', 'a']);
    expect(sorter(rows, null)).toBe(rows);
    const reloaded = [item('c', 0, 0), ...rows];
    expect(names(sorter(reloaded, { column: 'name', direction: 'asc' }))).toEqual(['a', 'b', 'c']);
  });
});
