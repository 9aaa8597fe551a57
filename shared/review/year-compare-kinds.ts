import type { ControlAction } from '../domain/control-action';
import type { Indicator, Judgement } from '../domain/indicator';
import type { TableKind } from '../domain/table-kind';
import { isMeasurableRow, judgeRow } from '../goals/judgement';
import { planSections } from '../goals/plan-sections';
import type { CarriedPair, YearComparison } from './year-compare';

/** One table kind's part of the comparison: its rows added, continued and dropped. */
export type KindComparison = {
  kind: TableKind;
  added: ControlAction[];
  carried: CarriedPair[];
  dropped: ControlAction[];
};

type Part =
  | { part: 'added'; row: ControlAction }
  | { part: 'carried'; pair: CarriedPair }
  | { part: 'dropped'; row: ControlAction };

/**
 * The comparison's rows by table kind, in the kinds' order, kinds without rows left out. A
 * continued row counts in the kind it has now; a row of a kind no longer listed gets a section
 * of its own at the end (as on the unit page), so that no row is hidden.
 */
export const compareByKind = (
  comparison: Pick<YearComparison, 'added' | 'carried' | 'dropped'>,
  kinds: readonly TableKind[],
): KindComparison[] => {
  const parts = [
    ...comparison.added.map((row) => ({ part: 'added' as const, row })),
    ...comparison.carried.map((pair) => ({ part: 'carried' as const, pair })),
    ...comparison.dropped.map((row) => ({ part: 'dropped' as const, row })),
  ].map((item: Part) => {
    const row = item.part === 'carried' ? item.pair.to : item.row;
    return { ...item, kindId: row.kindId, priorityId: null };
  });
  const flatKinds = kinds.map((kind) => ({ ...kind, usesPriorities: false }));
  return planSections(parts, flatKinds, []).map(({ kind, groups }) => {
    const items = groups.flatMap((group) => group.rows);
    return {
      kind: kinds.find((item) => item.id === kind.id) ?? kind,
      added: items.flatMap((item) => (item.part === 'added' ? [item.row] : [])),
      carried: items.flatMap((item) => (item.part === 'carried' ? [item.pair] : [])),
      dropped: items.flatMap((item) => (item.part === 'dropped' ? [item.row] : [])),
    };
  });
};

/** A row's judgement in its own year, as the comparison shows it. */
export type YearJudgement =
  | { state: 'judged'; judgement: Judgement; overridden: boolean }
  | { state: 'pending' }
  /** A row without measurable indicators is followed by its written outcome, not a judgement. */
  | { state: 'none' };

/**
 * Each row's judgement by the rule over its live indicators in its year ("met only when all its
 * indicators are met"), or the person's override with a reason where there is one.
 */
export const yearJudgements = (
  rows: readonly ControlAction[],
  indicators: readonly Indicator[],
): Map<string, YearJudgement> => {
  const byRow = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (indicator.deletedAt !== null) continue;
    byRow.set(indicator.actionId, [...(byRow.get(indicator.actionId) ?? []), indicator]);
  }
  return new Map(
    rows.map((row): [string, YearJudgement] => {
      const own = byRow.get(row.id) ?? [];
      if (row.judgementOverride === null && !isMeasurableRow(own))
        return [row.id, { state: 'none' }];
      const { effective, overridden } = judgeRow(own, row.judgementOverride);
      return [
        row.id,
        effective === null
          ? { state: 'pending' }
          : { state: 'judged', judgement: effective, overridden },
      ];
    }),
  );
};
