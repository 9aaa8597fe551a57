/**
 * Sorting of the register views. Text sorts with Finnish collation (å, ä, ö after z). A long
 * register is sorted often (every header click) but its rows change rarely, so the collation
 * order of a column is worked out once per loaded row list and reused: the sort itself then
 * compares numbers. Sorts are stable: rows that tie keep the order they had.
 */

export type SortDirection = 'asc' | 'desc';
export type SortState<C extends string> = { column: C; direction: SortDirection };

/** How a column sorts: by text (collated) or by a number; '' and null are empty. */
export type SortKey<R> =
  | { kind: 'text'; value: (row: R) => string }
  | { kind: 'number'; value: (row: R) => number | null };

const collator = new Intl.Collator('fi');

/**
 * One rank per row: equal values share a rank, and ranks follow the key's order. NaN marks an
 * empty value, which sorts last in either direction (an empty deadline is never "earliest").
 */
export const sortRanks = <R>(rows: readonly R[], key: SortKey<R>): Float64Array => {
  const ranks = new Float64Array(rows.length);
  if (key.kind === 'number') {
    rows.forEach((row, index) => {
      const value = key.value(row);
      ranks[index] = value === null || Number.isNaN(value) ? Number.NaN : value;
    });
    return ranks;
  }
  const values = rows.map(key.value);
  const distinct = [...new Set(values)].filter((value) => value !== '').sort(collator.compare);
  const rankOf = new Map(distinct.map((value, rank) => [value, rank]));
  values.forEach((value, index) => {
    ranks[index] = rankOf.get(value) ?? Number.NaN;
  });
  return ranks;
};

/** `rows` ordered by precomputed ranks; ties keep their order in `rows`, empty values go last. */
export const orderByRanks = <R>(
  rows: readonly R[],
  ranks: Float64Array,
  direction: SortDirection,
): R[] => {
  const sign = direction === 'asc' ? 1 : -1;
  const indexes = Array.from(rows, (_, index) => index);
  indexes.sort((a, b) => {
    const rankA = ranks[a]!;
    const rankB = ranks[b]!;
    const emptyA = Number.isNaN(rankA);
    const emptyB = Number.isNaN(rankB);
    if (emptyA !== emptyB) return emptyA ? 1 : -1;
    if (!emptyA && rankA !== rankB) return (rankA - rankB) * sign;
    return a - b;
  });
  return indexes.map((index) => rows[index]!);
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
