import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../domain/control-action';
import { DEFAULT_MATRIX, PRESET_CATEGORIES } from '../risk-presets';
import type { ActionFilters } from './register-filter';
import {
  EMPTY_ACTION_FILTERS,
  EMPTY_RISK_FILTERS,
  NO_VALUE,
  actionFilter,
  filterRows,
  hasActiveFilters,
  riskFilter,
} from './register-filter';
import { buildActionRows, buildRiskRows, unitPlaces } from './register-rows';
import { CITY, action, assessment, id, risk } from './register.test-support';

const places = unitPlaces(CITY);
const TODAY = '2026-06-15';
const rows = buildActionRows(
  [
    action(12, {
      objective: 'Oppilashuolto',
      owner: 'Rehtori Ärrä',
      status: 'in_progress',
      deadline: '2026-03-01',
    }),
    action(12, {
      objective: 'Hankinnat',
      owner: 'Talouspäällikkö',
      status: 'done',
      deadline: '2026-03-01',
    }),
    action(13, {
      objective: 'Hankinnat',
      owner: 'Päiväkodin johtaja',
      status: 'in_progress',
      deadline: '2026-12-01',
    }),
    action(21, {
      objective: 'Talvikunnossapito',
      owner: 'Katupäällikkö',
      status: 'not_started',
      kindId: 'strategyGoal',
    }),
    action(1, {
      objective: 'Konsernin hankinnat',
      owner: 'Rehtori Ärrä',
      status: 'in_progress',
      deadline: '2026-01-31',
    }),
  ],
  places,
  TODAY,
);
const objectives = (filters: Partial<ActionFilters>) =>
  filterRows(rows, actionFilter({ ...EMPTY_ACTION_FILTERS, ...filters })).map(
    (row) => row.objective,
  );

describe('filtering the action register', () => {
  it('lets every row through when nothing is set', () => {
    expect(objectives({})).toHaveLength(rows.length);
    expect(hasActiveFilters(EMPTY_ACTION_FILTERS)).toBe(false);
    // The same list, not a copy: a view without filters costs nothing per sort.
    expect(filterRows(rows, actionFilter(EMPTY_ACTION_FILTERS))).toBe(rows);
    expect(filterRows(rows, actionFilter({ ...EMPTY_ACTION_FILTERS, query: 'x' }))).not.toBe(rows);
  });

  it('keeps a division, an area or a unit with everything below it', () => {
    expect(objectives({ division: id(10) })).toEqual(['Oppilashuolto', 'Hankinnat', 'Hankinnat']);
    expect(objectives({ area: id(11) })).toEqual(['Oppilashuolto', 'Hankinnat']);
    expect(objectives({ unit: id(21) })).toEqual(['Talvikunnossapito']);
  });

  it('combines filters with AND', () => {
    expect(objectives({ query: 'hankinnat', status: 'in_progress' })).toEqual([
      'Konsernin hankinnat',
      'Hankinnat',
    ]);
    expect(objectives({ query: 'hankinnat', status: 'in_progress', division: id(10) })).toEqual([
      'Hankinnat',
    ]);
    expect(objectives({ owner: 'ärrä', overdueOnly: true })).toEqual([
      'Konsernin hankinnat',
      'Oppilashuolto',
    ]);
    expect(objectives({ division: id(20), area: id(11) })).toEqual([]);
  });

  it('keeps the rows of the chosen table kinds, any of them', () => {
    expect(objectives({ kinds: ['strategyGoal'] })).toEqual(['Talvikunnossapito']);
    expect(objectives({ kinds: ['strategyGoal', 'internalControl'] })).toHaveLength(rows.length);
    expect(objectives({ kinds: ['otherGoal'] })).toEqual([]);
    expect(hasActiveFilters({ ...EMPTY_ACTION_FILTERS, kinds: ['otherGoal'] })).toBe(true);
    // No kind chosen is no filter: the list passes through uncopied.
    expect(hasActiveFilters({ ...EMPTY_ACTION_FILTERS, kinds: [] })).toBe(false);
  });

  it('finds overdue rows by the day the rows were built for', () => {
    // The organisation's own row comes first: rows list in organisation tree order.
    expect(objectives({ overdueOnly: true })).toEqual(['Konsernin hankinnat', 'Oppilashuolto']);
    expect(hasActiveFilters({ ...EMPTY_ACTION_FILTERS, overdueOnly: true })).toBe(true);
  });

  it('gives the same rows as applying each filter on its own, one after another', () => {
    const filters = fc.record({
      query: fc.constantFrom('', 'hank', 'ärrä', '.*', 'zzz'),
      division: fc.constantFrom(null, id(10), id(20)),
      area: fc.constantFrom(null, id(11), id(13)),
      unit: fc.constantFrom(null, id(12), id(1)),
      status: fc.constantFrom(null, ...ACTION_STATUSES),
      owner: fc.constantFrom('', 'rehtori', 'PÄÄLLIKKÖ'),
      overdueOnly: fc.boolean(),
      kinds: fc.subarray(['internalControl', 'strategyGoal', 'otherGoal']),
    });
    fc.assert(
      fc.property(filters, (chosen) => {
        let expected = [...rows];
        for (const [key, value] of Object.entries(chosen)) {
          expected = [
            ...filterRows(expected, actionFilter({ ...EMPTY_ACTION_FILTERS, [key]: value })),
          ];
        }
        expect(filterRows(rows, actionFilter(chosen))).toEqual(expected);
      }),
    );
  });
});

describe('filtering the risk register', () => {
  const assessed = risk(12, { title: 'Tietovuoto', category: 'operational', owner: 'Rehtori' });
  const plain = risk(21, {
    title: 'Liukkaus',
    description: 'Talvella kaduilla',
    status: 'monitoring',
  });
  const risks = buildRiskRows(
    [assessed, plain],
    [assessment(assessed.id, 'residual', 5, 4)],
    places,
    DEFAULT_MATRIX,
    PRESET_CATEGORIES,
  );
  const titles = (filters: Partial<typeof EMPTY_RISK_FILTERS>) =>
    filterRows(risks, riskFilter({ ...EMPTY_RISK_FILTERS, ...filters })).map((row) => row.title);

  it('searches title, description and owner', () => {
    expect(titles({ query: 'kaduilla' })).toEqual(['Liukkaus']);
    expect(titles({ query: 'REHTORI' })).toEqual(['Tietovuoto']);
  });

  it('filters by category and level, or by their absence', () => {
    expect(titles({ category: 'operational' })).toEqual(['Tietovuoto']);
    expect(titles({ category: NO_VALUE })).toEqual(['Liukkaus']);
    expect(titles({ level: 'critical' })).toEqual(['Tietovuoto']);
    expect(titles({ level: NO_VALUE })).toEqual(['Liukkaus']);
    expect(titles({ level: 'low' })).toEqual([]);
  });

  it('filters by status and place together', () => {
    expect(titles({ status: 'monitoring', division: id(20) })).toEqual(['Liukkaus']);
    expect(titles({ status: 'monitoring', division: id(10) })).toEqual([]);
  });
});
