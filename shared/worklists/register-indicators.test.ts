import { describe, expect, it } from 'vitest';
import { indicatorRecord } from '../goals/indicator.test-support';
import { ACTION_SORT_KEYS } from './register-columns';
import { EMPTY_ACTION_FILTERS, actionFilter, filterRows } from './register-filter';
import { summariseIndicators, withIndicators } from './register-indicators';
import { buildActionRows, unitPlaces } from './register-rows';
import { sortRows } from './register-sort';
import { CITY, action } from './register.test-support';

const places = unitPlaces(CITY);
const TODAY = '2026-06-15';
const KIND_ORDER = new Map([
  ['strategyGoal', 0],
  ['otherGoal', 1],
  ['internalControl', 3],
]);
const OVERRIDE = {
  judgement: 'met' as const,
  reason: 'Kysely toistetaan.',
  by: 'Maija',
  at: '2026-06-01T08:00:00.000Z',
};

const allMet = action(12, { objective: 'Kaikki toteutuneet', kindId: 'strategyGoal' });
const partly = action(12, { objective: 'Osittain', kindId: 'otherGoal' });
const pending = action(13, { objective: 'Kesken', kindId: 'otherGoal' });
const overridden = action(13, {
  objective: 'Toisin arvioitu',
  kindId: 'strategyGoal',
  judgementOverride: OVERRIDE,
});
const bare = action(21, { objective: 'Ei mittareita', kindId: 'internalControl' });
const stranger = action(21, { objective: 'Tuntematon taulukko', kindId: 'poistunut' });

const INDICATORS = [
  indicatorRecord('i1', allMet.id, 'met'),
  indicatorRecord('i2', allMet.id, 'met', 'text', { text: 'Asukaskyselyn VASTAUSPROSENTTI' }),
  indicatorRecord('i3', partly.id, 'met'),
  indicatorRecord('i4', partly.id, 'notMet'),
  indicatorRecord('i5', pending.id, 'met'),
  indicatorRecord('i6', pending.id, null),
  indicatorRecord('i7', overridden.id, 'notMet'),
  // A deleted indicator counts for nothing and is not searched.
  indicatorRecord('i8', bare.id, 'notMet', 'number', {
    deletedAt: '2026-05-01T08:00:00.000Z',
    text: 'Poistettu mittari',
  }),
];

const plain = buildActionRows(
  [allMet, partly, pending, overridden, bare, stranger],
  places,
  TODAY,
  KIND_ORDER,
);
const rows = withIndicators(plain, summariseIndicators(INDICATORS));
const byObjective = (objective: string) => rows.find((row) => row.objective === objective)!;
const figures = (objective: string) => {
  const row = byObjective(objective);
  return [row.indicatorCount, row.indicatorsJudged, row.indicatorsMet, row.judgement];
};

describe('the register rows with their indicators', () => {
  it('are not known until the indicators are read, except a judgement a person gave', () => {
    const before = plain.find((row) => row.id === overridden.id)!;
    expect(before).toMatchObject({ indicatorCount: null, judgement: 'met', override: 'met' });
    expect(plain.find((row) => row.id === partly.id)).toMatchObject({
      indicatorCount: null,
      judgement: null,
    });
  });

  it('count indicators, the judged and the met, and judge the row by the rule or the override', () => {
    expect(figures('Kaikki toteutuneet')).toEqual([2, 2, 2, 'met']);
    expect(figures('Osittain')).toEqual([2, 2, 1, 'partlyMet']);
    // Undecided while an indicator is not judged.
    expect(figures('Kesken')).toEqual([2, 1, 1, null]);
    // The rule says not met; the person's judgement stands.
    expect(figures('Toisin arvioitu')).toEqual([1, 1, 0, 'met']);
    expect(figures('Ei mittareita')).toEqual([0, 0, 0, null]);
  });

  it('are found by their indicators’ texts, any case', () => {
    const found = filterRows(
      rows,
      actionFilter({ ...EMPTY_ACTION_FILTERS, query: 'vastausprosentti' }),
    );
    expect(found.map((row) => row.objective)).toEqual(['Kaikki toteutuneet']);
    const deleted = filterRows(rows, actionFilter({ ...EMPTY_ACTION_FILTERS, query: 'poistettu' }));
    expect(deleted).toEqual([]);
  });

  it('sort by kind in the organisation’s order, an unknown kind last', () => {
    const sorted = sortRows(rows, ACTION_SORT_KEYS.kind, 'asc').map((row) => row.kindId);
    expect(sorted).toEqual([
      'strategyGoal',
      'strategyGoal',
      'otherGoal',
      'otherGoal',
      'internalControl',
      'poistunut',
    ]);
  });

  it('sort by judgement from met down, rows without one last either way', () => {
    const asc = sortRows(rows, ACTION_SORT_KEYS.judgement, 'asc').map((row) => row.objective);
    expect(asc.slice(0, 3)).toEqual(['Kaikki toteutuneet', 'Toisin arvioitu', 'Osittain']);
    const desc = sortRows(rows, ACTION_SORT_KEYS.judgement, 'desc').map((row) => row.objective);
    expect(desc.slice(0, 3)).toEqual(['Osittain', 'Kaikki toteutuneet', 'Toisin arvioitu']);
    expect(new Set(desc.slice(3))).toEqual(
      new Set(['Kesken', 'Ei mittareita', 'Tuntematon taulukko']),
    );
  });

  it('sort by the number of indicators met', () => {
    const sorted = sortRows(rows, ACTION_SORT_KEYS.indicatorsMet, 'desc');
    expect(sorted.map((row) => row.indicatorsMet)).toEqual([2, 1, 1, 0, 0, 0]);
  });
});
