/**
 * Sorting of the register views. Text sorts with Finnish collation (å, ä, ö after z). A long
 * register is sorted often (every header click) but its rows change rarely, so the collation
 * order of a column is worked out once per loaded row list and reused: the sort itself then
 * compares numbers. Sorts are stable: rows that tie keep the order they had.
 */

export type SortDirection = 'asc' | 'desc';
export type SortState<C extends string> = { column: C; direction: SortDirection };

/**
 * How a column sorts: by text with Finnish collation, by text as written (`ordinal`: ISO
 * dates and codes, which sort right character by character), or by a number. '' and null are
 * empty.
 */
export type SortKey<R> =
  | { kind: 'text'; value: (row: R) => string }
  | { kind: 'ordinal'; value: (row: R) => string }
  | { kind: 'number'; value: (row: R) => number | null };

const collator = new Intl.Collator('fi');
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each distinct value's place among them all: 0, 1, 2… */
const denseRanks = <V>(
  values: readonly V[],
  isEmpty: (value: V) => boolean,
  order: (a: V, b: V) => number,
) => {
  const distinct = [...new Set(values)].filter((value) => !isEmpty(value)).sort(order);
  return new Map(distinct.map((value, rank) => [value, rank]));
};

/**
 * One rank per row: equal values share a rank, ranks are 0, 1, 2… in the key's order. NaN
 * marks an empty value, which sorts last in either direction (an empty deadline is never
 * "earliest"). Only the distinct values are compared, so a column of 50,000 rows with a
 * thousand different owners costs a thousand collations.
 */
export const sortRanks = <R>(rows: readonly R[], key: SortKey<R>): Float64Array => {
  const ranks = new Float64Array(rows.length);
  if (key.kind === 'number') {
    const values = rows.map(key.value);
    const isEmpty = (value: number | null) => value === null || Number.isNaN(value);
    const rankOf = denseRanks(values, isEmpty, (a, b) => a! - b!);
    values.forEach((value, index) => {
      ranks[index] = rankOf.get(value) ?? Number.NaN;
    });
    return ranks;
  }
  const values = rows.map(key.value);
  const order = key.kind === 'text' ? collator.compare : byCodeUnits;
  const rankOf = denseRanks(values, (value) => value === '', order);
  values.forEach((value, index) => {
    ranks[index] = rankOf.get(value) ?? Number.NaN;
  });
  return ranks;
};

/**
 * `rows` ordered by ranks from sortRanks; ties keep their order in `rows`, empty values go
 * last. Each row's rank and position are packed into one number (rank × length + position),
 * so the order is one numeric sort of a typed array, without a comparison callback per pair.
 */
export const orderByRanks = <R>(
  rows: readonly R[],
  ranks: Float64Array,
  direction: SortDirection,
): R[] => {
  const count = rows.length;
  let highest = -1;
  for (const rank of ranks) if (rank > highest) highest = rank;
  const packed = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const rank = ranks[index]!;
    const place = Number.isNaN(rank) ? highest + 1 : direction === 'asc' ? rank : highest - rank;
    packed[index] = place * count + index;
  }
  packed.sort();
  const sorted = new Array<R>(count);
  for (let index = 0; index < count; index += 1) sorted[index] = rows[packed[index]! % count]!;
  return sorted;
};

/** Sorts `rows` by one key; a plain function for tests and one-off use. */
export const sortRows = <R>(rows: readonly R[], key: SortKey<R>, direction: SortDirection): R[] =>
  orderByRanks(rows, sortRanks(rows, key), direction);

/**
 * A sorter that remembers, per loaded row list, each column's ranks and each sorted order, so
 * a view re-sorts instantly while only its filters change. A new row list (a new load) starts
 * afresh; the old one is dropped with it.
 */
export const createSorter = <R, C extends string>(keys: Record<C, SortKey<R>>) => {
  const ranksByRows = new WeakMap<readonly R[], Map<C, Float64Array>>();
  const sortedByRows = new WeakMap<readonly R[], Map<string, R[]>>();
  return (rows: readonly R[], sort: SortState<C> | null): readonly R[] => {
    if (!sort) return rows;
    const cacheKey = `${sort.column}:${sort.direction}`;
    const sorted = sortedByRows.get(rows) ?? new Map<string, R[]>();
    sortedByRows.set(rows, sorted);
    const known = sorted.get(cacheKey);
    if (known) return known;
    const ranks = ranksByRows.get(rows) ?? new Map<C, Float64Array>();
    ranksByRows.set(rows, ranks);
    const columnRanks = ranks.get(sort.column) ?? sortRanks(rows, keys[sort.column]);
    ranks.set(sort.column, columnRanks);
    const result = orderByRanks(rows, columnRanks, sort.direction);
    sorted.set(cacheKey, result);
    return result;
  };
};
