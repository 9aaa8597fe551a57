/**
 * Column widths for a printed table, planned from what the columns hold: the long text columns
 * share most of the width, short columns (status, owner, deadline) get what their heading and
 * values need, and a column with no value anywhere is left out (the report says so in a note).
 * Widths are estimated from character counts, as a share of the table, so the plan is pure and
 * fast for thousands of rows; the print CSS sets the body font the estimates assume.
 */

export type ColumnKind = 'text' | 'narrow';

export type ColumnInput<K extends string> = {
  key: K;
  kind: ColumnKind;
  /** The heading as printed: its longest word must fit, since a heading is never broken. */
  header: string;
  /** What the column's cells show, over the whole report ('' or '–' for nothing). */
  values: readonly string[];
  /** Kept even when empty: the row header, say, which names the row. */
  keepWhenEmpty?: boolean;
};

export type PlannedColumn<K extends string> = { key: K; width: number };
export type ColumnPlan<K extends string> = { columns: PlannedColumn<K>[]; omitted: K[] };

/** A printed report table: A4 landscape less margins is about 80 em of the 9.5 pt body font. */
export const PRINT_TABLE_EM = 80;
/** Body text averages about 0.55 em a character; headings are bold at 0.85 em, about 0.62. */
const BODY_EM_PER_CHAR = 0.58;
const HEADER_EM_PER_CHAR = 0.66;
/** Left and right cell padding and borders. */
const CELL_PADDING_EM = 0.9;
const NARROW_MAX_EM = 11;
const TEXT_MIN_EM = 9;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const isBlank = (value: string) => value.trim() === '' || value.trim() === '–';

const longestWord = (text: string) =>
  text.split(/[\s/]+/).reduce((longest, word) => Math.max(longest, word.length), 0);

/** The value length nine in ten values stay within (all of a few): a rare long one may wrap. */
const typicalLength = (values: readonly string[]) => {
  const lengths = values.map((value) => value.length).sort((a, b) => a - b);
  return lengths[Math.ceil((lengths.length - 1) * 0.9)] ?? 0;
};

const meanLength = (values: readonly string[]) =>
  values.length === 0 ? 0 : sum(values.map((value) => value.length)) / values.length;

/** Widths in percent of the table, rounded to 0.1, adding up to 100. */
export const planColumns = <K extends string>(
  inputs: readonly ColumnInput<K>[],
  tableEm = PRINT_TABLE_EM,
): ColumnPlan<K> => {
  const kept = inputs.filter(
    (input) => input.keepWhenEmpty || input.values.some((value) => !isBlank(value)),
  );
  const omitted = inputs.filter((input) => !kept.includes(input)).map((input) => input.key);
  const headerEm = (input: ColumnInput<K>) =>
    longestWord(input.header) * HEADER_EM_PER_CHAR + CELL_PADDING_EM;
  const narrowEm = (input: ColumnInput<K>) => {
    const values = input.values.filter((value) => !isBlank(value));
    const wanted = Math.min(
      typicalLength(values) * BODY_EM_PER_CHAR + CELL_PADDING_EM,
      NARROW_MAX_EM,
    );
    return Math.max(headerEm(input), wanted);
  };
  const narrow = kept.filter((input) => input.kind === 'narrow');
  const text = kept.filter((input) => input.kind === 'text');
  const widths = new Map<K, number>(narrow.map((input) => [input.key, narrowEm(input)]));
  // Each text column gets its floor, and the rest of the width by how much it holds.
  const floors = text.map((input) => Math.max(TEXT_MIN_EM, headerEm(input)));
  const spare = tableEm - sum([...widths.values()]) - sum(floors);
  const weights = text.map((input) => Math.max(meanLength(input.values), 8));
  const totalWeight = sum(weights);
  text.forEach((input, index) => {
    const extra = spare > 0 && totalWeight > 0 ? (spare * weights[index]!) / totalWeight : 0;
    widths.set(input.key, floors[index]! + extra);
  });
  // Only when the floors alone pass the table width does every column give way.
  const total = sum([...widths.values()]);
  const columns = kept.map((input) => ({
    key: input.key,
    width: Math.round((1000 * widths.get(input.key)!) / total) / 10,
  }));
  return { columns, omitted };
};
