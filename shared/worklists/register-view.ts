import type { ActionStatus } from '../domain/control-action';
import { ACTION_STATUSES } from '../domain/control-action';
import type { Risk } from '../domain/risk';
import { RISK_STATUSES } from '../domain/risk';
import type { ActionColumn, RiskColumn } from './register-columns';
import {
  ACTION_COLUMNS,
  DEFAULT_ACTION_COLUMNS,
  DEFAULT_RISK_COLUMNS,
  RISK_COLUMNS,
} from './register-columns';
import type { ActionFilters, RiskFilters, UnitScope } from './register-filter';
import { NO_VALUE } from './register-filter';
import { capSearch } from './register-search';
import type { SortState } from './register-sort';

/**
 * The register views as URL search parameters, so a view can be bookmarked, reloaded and
 * shared. Reading is forgiving: a value that cannot be used is left out and reported as an
 * issue (the screen says which), never thrown. Writing gives the shortest URL for a view.
 */

export type ActionView = {
  /** null: the organisation's current year. */
  year: number | null;
  filters: ActionFilters;
  sort: SortState<ActionColumn> | null;
  columns: readonly ActionColumn[];
};

export type RiskView = {
  filters: RiskFilters;
  sort: SortState<RiskColumn> | null;
  columns: readonly RiskColumn[];
};

export type ViewIssue = {
  param: string;
  value: string;
  /** invalid: not a value of its kind; unknown: no such unit, category or level; tooLong: cut. */
  reason: 'invalid' | 'unknown' | 'tooLong';
};

/** What the loaded data knows; without it only the form of each value is checked. */
export type KnownValues = {
  divisions: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  units: ReadonlySet<string>;
  categories?: ReadonlySet<string>;
  levels?: ReadonlySet<string>;
  /** The organisation's table kind ids. */
  kinds?: ReadonlySet<string>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Category and band ids: any text up to the schema's 40 characters. */
const ID = /^[\s\S]{1,40}$/;

type Reader = {
  text: (name: string) => string;
  id: (name: string, known: ReadonlySet<string> | undefined, form: RegExp) => string | null;
  /** The parameter's every value (`kind=a&kind=b`); each bad one is left out and reported. */
  ids: (name: string, known: ReadonlySet<string> | undefined, form: RegExp) => string[];
  oneOf: <T extends string>(name: string, values: readonly T[]) => T | null;
};

const reader = (params: URLSearchParams, issues: ViewIssue[]): Reader => ({
  text: (name) => {
    const capped = capSearch(params.get(name) ?? '');
    if (capped.isCut) issues.push({ param: name, value: String(capped.length), reason: 'tooLong' });
    return capped.text;
  },
  id: (name, known, form) => {
    const value = params.get(name) ?? '';
    if (value === '') return null;
    if (!form.test(value)) issues.push({ param: name, value, reason: 'invalid' });
    else if (known && !known.has(value)) issues.push({ param: name, value, reason: 'unknown' });
    else return value;
    return null;
  },
  ids: (name, known, form) => {
    const kept: string[] = [];
    for (const item of new Set(params.getAll(name).filter((value) => value !== ''))) {
      if (!form.test(item)) issues.push({ param: name, value: item, reason: 'invalid' });
      else if (known && !known.has(item))
        issues.push({ param: name, value: item, reason: 'unknown' });
      else kept.push(item);
    }
    return kept;
  },
  oneOf: (name, values) => {
    const value = params.get(name) ?? '';
    if (value === '') return null;
    if ((values as readonly string[]).includes(value)) return value as (typeof values)[number];
    issues.push({ param: name, value, reason: 'invalid' });
    return null;
  },
});

const readScope = (read: Reader, known?: KnownValues): UnitScope => ({
  division: read.id('division', known?.divisions, UUID),
  area: read.id('area', known?.areas, UUID),
  unit: read.id('unit', known?.units, UUID),
});

const readSort = <C extends string>(
  params: URLSearchParams,
  columns: readonly C[],
  issues: ViewIssue[],
): SortState<C> | null => {
  const value = params.get('sort') ?? '';
  if (value === '') return null;
  const direction = value.startsWith('-') ? 'desc' : 'asc';
  const column = value.replace(/^-/, '') as C;
  if (columns.includes(column)) return { column, direction };
  issues.push({ param: 'sort', value, reason: 'invalid' });
  return null;
};

/** The chosen columns in display order; the first column names each row and is always shown. */
const readColumns = <C extends string>(
  params: URLSearchParams,
  all: readonly C[],
  defaults: readonly C[],
  issues: ViewIssue[],
): readonly C[] => {
  const value = params.get('cols');
  if (value === null || value === '') return defaults;
  const asked = value.split(',');
  for (const name of asked)
    if (!all.includes(name as C)) issues.push({ param: 'cols', value: name, reason: 'invalid' });
  if (!asked.some((name) => all.includes(name as C))) return defaults;
  return all.filter((column, index) => index === 0 || asked.includes(column));
};

const readYear = (params: URLSearchParams, issues: ViewIssue[]): number | null => {
  const value = params.get('year') ?? '';
  if (value === '') return null;
  const year = Number(value);
  if (/^\d{4}$/.test(value) && year >= 2000 && year <= 2100) return year;
  issues.push({ param: 'year', value, reason: 'invalid' });
  return null;
};

const readFlag = (params: URLSearchParams, name: string, issues: ViewIssue[]): boolean => {
  const value = params.get(name) ?? '';
  if (value === '' || value === '1') return value === '1';
  issues.push({ param: name, value, reason: 'invalid' });
  return false;
};

export const parseActionView = (params: URLSearchParams, known?: KnownValues) => {
  const issues: ViewIssue[] = [];
  const read = reader(params, issues);
  const view: ActionView = {
    year: readYear(params, issues),
    filters: {
      query: read.text('q'),
      ...readScope(read, known),
      status: read.oneOf<ActionStatus>('status', ACTION_STATUSES),
      owner: read.text('owner'),
      overdueOnly: readFlag(params, 'overdue', issues),
      kinds: read.ids('kind', known?.kinds, ID),
    },
    sort: readSort(params, ACTION_COLUMNS, issues),
    columns: readColumns(params, ACTION_COLUMNS, DEFAULT_ACTION_COLUMNS, issues),
  };
  return { view, issues };
};

export const parseRiskView = (params: URLSearchParams, known?: KnownValues) => {
  const issues: ViewIssue[] = [];
  const read = reader(params, issues);
  const withNone = (set: ReadonlySet<string> | undefined) =>
    set ? new Set([...set, NO_VALUE]) : undefined;
  const view: RiskView = {
    filters: {
      query: read.text('q'),
      ...readScope(read, known),
      status: read.oneOf<Risk['status']>('status', RISK_STATUSES),
      category: read.id('category', withNone(known?.categories), ID),
      level: read.id('level', withNone(known?.levels), ID),
    },
    sort: readSort(params, RISK_COLUMNS, issues),
    columns: readColumns(params, RISK_COLUMNS, DEFAULT_RISK_COLUMNS, issues),
  };
  return { view, issues };
};

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((column) => b.includes(column));

/** Sets each entry whose value is not empty, in the given order. */
const toParams = (entries: [string, string | null | undefined][]) => {
  const params = new URLSearchParams();
  for (const [name, value] of entries) if (value) params.set(name, value);
  return params;
};

const sortParam = (sort: SortState<string> | null) =>
  sort ? `${sort.direction === 'desc' ? '-' : ''}${sort.column}` : null;

const scopeEntries = (scope: UnitScope): [string, string | null][] => [
  ['division', scope.division],
  ['area', scope.area],
  ['unit', scope.unit],
];

export const actionViewParams = (view: ActionView): URLSearchParams => {
  const params = toParams([
    ['year', view.year === null ? null : String(view.year)],
    ['q', view.filters.query],
    ...scopeEntries(view.filters),
    ['status', view.filters.status],
    ['owner', view.filters.owner],
    ['overdue', view.filters.overdueOnly ? '1' : null],
    ['sort', sortParam(view.sort)],
    ['cols', sameColumns(view.columns, DEFAULT_ACTION_COLUMNS) ? null : view.columns.join(',')],
  ]);
  // One parameter per kind, so that no character of a kind's id can split it.
  for (const kind of view.filters.kinds) params.append('kind', kind);
  return params;
};

export const riskViewParams = (view: RiskView): URLSearchParams =>
  toParams([
    ['q', view.filters.query],
    ...scopeEntries(view.filters),
    ['status', view.filters.status],
    ['category', view.filters.category],
    ['level', view.filters.level],
    ['sort', sortParam(view.sort)],
    ['cols', sameColumns(view.columns, DEFAULT_RISK_COLUMNS) ? null : view.columns.join(',')],
  ]);
