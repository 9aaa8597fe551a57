import type { Indicator } from '../domain/indicator';
import type { JudgementCounts } from '../goals/judgement';
import { countJudgements, ruleJudgement } from '../goals/judgement';
import type { ActionRegisterRow } from './register-rows';
import { searchTextOf } from './register-search';

/**
 * The register's indicator columns. A year's indicators are read in one pass by the `year`
 * index, after the rows (so the rows never wait for them), grouped here by row once per load,
 * and joined to the rows in memory.
 */

type Summarised = Pick<Indicator, 'actionId' | 'text' | 'judgement' | 'deletedAt'>;

/** One row's indicators: how many have each judgement, and their texts folded for search. */
export type IndicatorSummary = { counts: JudgementCounts; searchText: string };

/** The live indicators grouped by the row they measure. */
export const summariseIndicators = (
  indicators: readonly Summarised[],
): Map<string, IndicatorSummary> => {
  const byRow = new Map<string, Summarised[]>();
  for (const indicator of indicators) {
    if (indicator.deletedAt !== null) continue;
    const own = byRow.get(indicator.actionId);
    if (own) own.push(indicator);
    else byRow.set(indicator.actionId, [indicator]);
  }
  const summaries = new Map<string, IndicatorSummary>();
  for (const [actionId, own] of byRow)
    summaries.set(actionId, {
      counts: countJudgements(own),
      searchText: searchTextOf(own.map((indicator) => indicator.text)),
    });
  return summaries;
};

const NONE: IndicatorSummary = {
  counts: { met: 0, partlyMet: 0, notMet: 0, notAssessable: 0, pending: 0 },
  searchText: '',
};

/**
 * The rows with their indicator figures and the row's judgement: the person's override where
 * there is one, else the rule's ("met only when all its indicators are met"; none while an
 * indicator is not judged). A search then finds a row by its indicators' texts too.
 */
export const withIndicators = (
  rows: readonly ActionRegisterRow[],
  summaries: ReadonlyMap<string, IndicatorSummary>,
): ActionRegisterRow[] =>
  rows.map((row) => {
    const { counts, searchText } = summaries.get(row.id) ?? NONE;
    const total =
      counts.met + counts.partlyMet + counts.notMet + counts.notAssessable + counts.pending;
    return {
      ...row,
      indicatorCount: total,
      indicatorsJudged: total - counts.pending,
      indicatorsMet: counts.met,
      judgement: row.override ?? ruleJudgement(counts),
      searchText: searchText === '' ? row.searchText : `${row.searchText}\n${searchText}`,
    };
  });
