import { ACTION_STATUSES } from '../domain/control-action';
import { JUDGEMENTS } from '../domain/indicator';
import { RISK_STATUSES } from '../domain/risk';
import type { ActionRegisterRow, RiskRegisterRow } from './register-rows';
import type { SortKey } from './register-sort';

/** The columns of the action register, in the order they are shown. The first names the row. */
export const ACTION_COLUMNS = [
  'objective',
  'kind',
  'actions',
  'indicator',
  'indicatorCount',
  'indicatorsJudged',
  'indicatorsMet',
  'judgement',
  'division',
  'area',
  'unit',
  'owner',
  'deadline',
  'status',
] as const;
export type ActionColumn = (typeof ACTION_COLUMNS)[number];
export const DEFAULT_ACTION_COLUMNS: readonly ActionColumn[] = [
  'objective',
  'kind',
  'actions',
  'unit',
  'owner',
  'deadline',
  'status',
];

/** The columns of the risk register, in the order they are shown. The first names the row. */
export const RISK_COLUMNS = [
  'title',
  'division',
  'area',
  'unit',
  'category',
  'owner',
  'status',
  'level',
  'reviewDate',
] as const;
export type RiskColumn = (typeof RISK_COLUMNS)[number];
export const DEFAULT_RISK_COLUMNS: readonly RiskColumn[] = [
  'title',
  'unit',
  'category',
  'owner',
  'status',
  'level',
];

/** ISO dates (yyyy-mm-dd) sort right as written, character by character, without collation. */
const isoDate = (date: string | null) => date ?? '';

export const ACTION_SORT_KEYS: Record<ActionColumn, SortKey<ActionRegisterRow>> = {
  objective: { kind: 'text', value: (row) => row.objective },
  // In the budget's order of its tables, as the organisation's kinds setting has them.
  kind: { kind: 'number', value: (row) => row.kindOrder },
  actions: { kind: 'text', value: (row) => row.actions },
  indicator: { kind: 'text', value: (row) => row.indicator },
  indicatorCount: { kind: 'number', value: (row) => row.indicatorCount },
  indicatorsJudged: { kind: 'number', value: (row) => row.indicatorsJudged },
  indicatorsMet: { kind: 'number', value: (row) => row.indicatorsMet },
  // Met first, then partly, not met and not assessable; a row without a judgement last.
  judgement: {
    kind: 'number',
    value: (row) => (row.judgement === null ? null : JUDGEMENTS.indexOf(row.judgement)),
  },
  division: { kind: 'text', value: (row) => row.divisionName },
  area: { kind: 'text', value: (row) => row.areaName },
  unit: { kind: 'text', value: (row) => row.unitName },
  owner: { kind: 'text', value: (row) => row.owner },
  deadline: { kind: 'ordinal', value: (row) => isoDate(row.deadline) },
  // In the order of the year's work: not started, under way, then the final statuses.
  status: { kind: 'number', value: (row) => ACTION_STATUSES.indexOf(row.status) },
};

export const RISK_SORT_KEYS: Record<RiskColumn, SortKey<RiskRegisterRow>> = {
  title: { kind: 'text', value: (row) => row.title },
  division: { kind: 'text', value: (row) => row.divisionName },
  area: { kind: 'text', value: (row) => row.areaName },
  unit: { kind: 'text', value: (row) => row.unitName },
  category: { kind: 'text', value: (row) => row.categoryName },
  owner: { kind: 'text', value: (row) => row.owner },
  status: { kind: 'number', value: (row) => RISK_STATUSES.indexOf(row.status) },
  // The band first, then the score within it: a higher level is a larger number.
  level: {
    kind: 'number',
    value: (row) =>
      row.level && row.levelRank !== null ? row.levelRank * 100 + row.level.score : null,
  },
  reviewDate: { kind: 'ordinal', value: (row) => isoDate(row.reviewDate) },
};
