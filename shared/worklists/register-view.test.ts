import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../domain/control-action';
import { RISK_STATUSES } from '../domain/risk';
import {
  ACTION_COLUMNS,
  DEFAULT_ACTION_COLUMNS,
  DEFAULT_RISK_COLUMNS,
  RISK_COLUMNS,
} from './register-columns';
import { EMPTY_ACTION_FILTERS, EMPTY_RISK_FILTERS, NO_VALUE } from './register-filter';
import { SEARCH_MAX_LENGTH } from './register-search';
import type { ActionView, KnownValues, RiskView } from './register-view';
import { actionViewParams, parseActionView, parseRiskView, riskViewParams } from './register-view';
import { id } from './register.test-support';

const KNOWN: KnownValues = {
  divisions: new Set([id(10), id(20)]),
  areas: new Set([id(11), id(13)]),
  units: new Set([id(1), id(10), id(11), id(12)]),
  categories: new Set(['financial', 'strategic']),
  levels: new Set(['low', 'critical']),
  kinds: new Set(['strategyGoal', 'internalControl', 'kaupungin-oma']),
};

const parseActions = (search: string, known?: KnownValues) =>
  parseActionView(new URLSearchParams(search), known);

describe('the action register view in the URL', () => {
  it('reads every filter, the sort and the columns', () => {
    const { view, issues } = parseActions(
      `year=2026&q=hankinta&division=${id(10)}&area=${id(11)}&unit=${id(12)}&status=done&owner=Rehtori&overdue=1&sort=-deadline&cols=objective,owner,status`,
      KNOWN,
    );
    expect(issues).toEqual([]);
    expect(view).toEqual({
      year: 2026,
      filters: {
        query: 'hankinta',
        division: id(10),
        area: id(11),
        unit: id(12),
        status: 'done',
        owner: 'Rehtori',
        overdueOnly: true,
        kinds: [],
      },
      sort: { column: 'deadline', direction: 'desc' },
      columns: ['objective', 'owner', 'status'],
    });
  });

  it('gives the default view for an empty URL', () => {
    expect(parseActions('')).toEqual({
      view: {
        year: null,
        filters: EMPTY_ACTION_FILTERS,
        sort: null,
        columns: DEFAULT_ACTION_COLUMNS,
      },
      issues: [],
    });
    expect(actionViewParams(parseActions('').view).toString()).toBe('');
  });

  it('leaves out values it cannot use and says which', () => {
    const { view, issues } = parseActions(
      'year=20x6&status=valmis&overdue=kyllä&sort=-salasana&cols=objective,hidden,status&division=ei-uuid',
    );
    expect(view.year).toBeNull();
    expect(view.filters.status).toBeNull();
    expect(view.filters.overdueOnly).toBe(false);
    expect(view.filters.division).toBeNull();
    expect(view.sort).toBeNull();
    expect(view.columns).toEqual(['objective', 'status']);
    expect(issues).toEqual([
      { param: 'year', value: '20x6', reason: 'invalid' },
      { param: 'division', value: 'ei-uuid', reason: 'invalid' },
      { param: 'status', value: 'valmis', reason: 'invalid' },
      { param: 'overdue', value: 'kyllä', reason: 'invalid' },
      { param: 'sort', value: '-salasana', reason: 'invalid' },
      { param: 'cols', value: 'hidden', reason: 'invalid' },
    ]);
  });

  it('leaves out units the data does not know', () => {
    const { view, issues } = parseActions(`division=${id(11)}&unit=${id(99)}`, KNOWN);
    expect(view.filters).toEqual(EMPTY_ACTION_FILTERS);
    expect(issues).toEqual([
      { param: 'division', value: id(11), reason: 'unknown' },
      { param: 'unit', value: id(99), reason: 'unknown' },
    ]);
  });

  it('reads one or more table kinds, each as its own parameter, and leaves out unknown ones', () => {
    const { view, issues } = parseActions(
      'kind=strategyGoal&kind=kaupungin-oma&kind=poistettu&kind=strategyGoal',
      KNOWN,
    );
    expect(view.filters.kinds).toEqual(['strategyGoal', 'kaupungin-oma']);
    expect(issues).toEqual([{ param: 'kind', value: 'poistettu', reason: 'unknown' }]);
    expect(actionViewParams(view).getAll('kind')).toEqual(['strategyGoal', 'kaupungin-oma']);
    // A kind id may hold any character, a comma too: it is never split.
    const odd = parseActions(`kind=${encodeURIComponent('a,b')}`).view.filters.kinds;
    expect(odd).toEqual(['a,b']);
    expect(parseActions(`kind=${'x'.repeat(41)}`).issues).toEqual([
      { param: 'kind', value: 'x'.repeat(41), reason: 'invalid' },
    ]);
  });

  it('cuts a 5,000-character search to the limit and reports its length', () => {
    const { view, issues } = parseActions(`q=${'(.*'.repeat(1_700)}`);
    expect(view.filters.query).toHaveLength(SEARCH_MAX_LENGTH);
    expect(issues).toEqual([{ param: 'q', value: '5100', reason: 'tooLong' }]);
  });

  it('keeps the first column when others are chosen and falls back when none is known', () => {
    expect(parseActions('cols=status').view.columns).toEqual(['objective', 'status']);
    expect(parseActions('cols=objective').view.columns).toEqual(['objective']);
    expect(parseActions('cols=nothing').view.columns).toEqual(DEFAULT_ACTION_COLUMNS);
  });

  it('never throws, and what it reads reads back the same with no issues', () => {
    const names = fc.constantFrom(
      'year',
      'q',
      'division',
      'area',
      'unit',
      'status',
      'owner',
      'overdue',
      'kind',
      'sort',
      'cols',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(names, fc.string({ maxLength: 60 }))), (pairs) => {
        const { view } = parseActionView(new URLSearchParams(pairs), KNOWN);
        expect(parseActionView(actionViewParams(view), KNOWN)).toEqual({ view, issues: [] });
      }),
    );
  });

  it('writes any view so that it reads back unchanged', () => {
    const viewArb: fc.Arbitrary<ActionView> = fc.record({
      year: fc.option(fc.integer({ min: 2000, max: 2100 })),
      filters: fc.record({
        query: fc.string({ maxLength: SEARCH_MAX_LENGTH }),
        division: fc.constantFrom(null, ...KNOWN.divisions),
        area: fc.constantFrom(null, ...KNOWN.areas),
        unit: fc.constantFrom(null, ...KNOWN.units),
        status: fc.constantFrom(null, ...ACTION_STATUSES),
        owner: fc.string({ maxLength: 40 }),
        overdueOnly: fc.boolean(),
        kinds: fc.shuffledSubarray([...KNOWN.kinds!]),
      }),
      sort: fc.option(
        fc.record({
          column: fc.constantFrom(...ACTION_COLUMNS),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        }),
      ),
      columns: fc
        .subarray([...ACTION_COLUMNS].slice(1))
        .map((chosen) =>
          ACTION_COLUMNS.filter((column, index) => index === 0 || chosen.includes(column)),
        ),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        const url = `?${actionViewParams(view).toString()}`;
        expect(parseActionView(new URL(url, 'app://valvo/').searchParams, KNOWN)).toEqual({
          view,
          issues: [],
        });
      }),
    );
  });
});

describe('the risk register view in the URL', () => {
  it('reads category and level, including "none"', () => {
    const { view, issues } = parseRiskView(
      new URLSearchParams(`category=${NO_VALUE}&level=critical&status=monitoring&sort=-level`),
      KNOWN,
    );
    expect(issues).toEqual([]);
    expect(view.filters).toEqual({
      ...EMPTY_RISK_FILTERS,
      category: NO_VALUE,
      level: 'critical',
      status: 'monitoring',
    });
    expect(view.sort).toEqual({ column: 'level', direction: 'desc' });
  });

  it('leaves out a category or level the organisation does not have', () => {
    const { view, issues } = parseRiskView(
      new URLSearchParams('category=vanha&level=huge&status=auki'),
      KNOWN,
    );
    expect(view.filters).toEqual(EMPTY_RISK_FILTERS);
    expect(issues.map((issue) => `${issue.param}:${issue.reason}`)).toEqual([
      'status:invalid',
      'category:unknown',
      'level:unknown',
    ]);
  });

  it('writes any view so that it reads back unchanged', () => {
    const viewArb: fc.Arbitrary<RiskView> = fc.record({
      filters: fc.record({
        query: fc.string({ maxLength: 50 }),
        division: fc.constantFrom(null, ...KNOWN.divisions),
        area: fc.constantFrom(null, ...KNOWN.areas),
        unit: fc.constantFrom(null, ...KNOWN.units),
        status: fc.constantFrom(null, ...RISK_STATUSES),
        category: fc.constantFrom(null, NO_VALUE, ...KNOWN.categories!),
        level: fc.constantFrom(null, NO_VALUE, ...KNOWN.levels!),
      }),
      sort: fc.option(
        fc.record({
          column: fc.constantFrom(...RISK_COLUMNS),
          direction: fc.constantFrom('asc' as const, 'desc' as const),
        }),
      ),
      columns: fc.constantFrom(DEFAULT_RISK_COLUMNS, RISK_COLUMNS, ['title' as const]),
    });
    fc.assert(
      fc.property(viewArb, (view) => {
        expect(parseRiskView(riskViewParams(view), KNOWN)).toEqual({ view, issues: [] });
      }),
    );
  });
});
