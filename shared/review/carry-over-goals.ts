import type { ControlAction } from '../domain/control-action';
import type { Indicator } from '../domain/indicator';
import type { StrategyPriority } from '../domain/priority';
import type { RecordMeta } from '../domain/record';

/** A new indicator's fields; the repository adds the record meta. */
export type CarriedIndicator = Omit<Indicator, keyof RecordMeta>;

/**
 * The measure of `source` for the row that continues its row in the next year: what is measured
 * and against what (text, type, unit, baseline, target, direction) as it was, but no actual
 * values and no judgement. A new year starts unmeasured.
 */
export const carriedIndicator = (
  source: Indicator,
  row: Pick<ControlAction, 'id' | 'unitId' | 'year'>,
): CarriedIndicator => ({
  actionId: row.id,
  unitId: row.unitId,
  year: row.year,
  text: source.text,
  type: source.type,
  unit: source.unit,
  upTo100: source.upTo100,
  baseline: source.baseline,
  target: source.target,
  higherIsBetter: source.higherIsBetter,
  values: [],
  judgement: null,
  sortOrder: source.sortOrder,
});

export type PriorityCarry = {
  /** Old priority id → the next year's priority id, for every priority a carried row names. */
  mapping: Map<string, string>;
  /** Priorities copied into the next year's list because it had none of that name, in order. */
  added: StrategyPriority[];
};

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');

/**
 * The next year's priority for each priority the carried strategy goals name. Priorities are
 * per plan year, so a goal cannot keep the old year's id. The next year's priority of the same
 * name is taken (the usual case: the strategy runs for years). Where the next year has none of
 * that name, the priority is copied into its list, after its own: a goal left without a
 * priority would drop out of its place in the budget, while a copied one shows in Settings,
 * where the controller can rename, move or delete it. An id no priority has (a list edited
 * after the rows) maps to nothing: such a row carries on without a priority.
 */
export const carryPriorities = (
  priorityIds: readonly (string | null)[],
  all: readonly StrategyPriority[],
  toYear: number,
  newId: () => string,
): PriorityCarry => {
  const mapping = new Map<string, string>();
  const added: StrategyPriority[] = [];
  const target = all.filter((priority) => priority.year === toYear);
  for (const id of priorityIds) {
    if (id === null || mapping.has(id)) continue;
    const source = all.find((priority) => priority.id === id);
    if (!source) continue;
    if (source.year === toYear) {
      mapping.set(id, id);
      continue;
    }
    const match = [...target, ...added].find((priority) => sameName(priority.name, source.name));
    if (match) mapping.set(id, match.id);
    else {
      const copy = { id: newId(), year: toYear, name: source.name };
      added.push(copy);
      mapping.set(id, copy.id);
    }
  }
  return { mapping, added };
};
