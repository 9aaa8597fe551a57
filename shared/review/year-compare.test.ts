import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import { presetMatrix } from '../risk-presets';
import type { YearCompareInput } from './year-compare';
import { COMPARED_FIELDS, compareYears, levelAtYearEnd } from './year-compare';
import {
  UNITS,
  YEARS,
  assessment,
  assessmentsArb,
  deleted,
  risk,
  risksArb,
  row,
  rowsArb,
} from './review.test-support';

const matrix = presetMatrix(5);
const input = (extra: Partial<YearCompareInput> = {}): YearCompareInput => ({
  fromYear: 2026,
  toYear: 2027,
  units: UNITS,
  actions: [],
  risks: [],
  assessments: [],
  matrix,
  ...extra,
});
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
/** A toYear row continuing `sourceId` with the same plan text as the fixture source. */
const continuation = (
  id: string,
  unitId: string,
  sourceId: string,
  extra: Partial<ControlAction> = {},
) =>
  row(id, unitId, 2027, 'not_started', {
    objective: `Tavoite ${sourceId}`,
    actions: `Toimenpiteet ${sourceId}`,
    indicator: `Mittari ${sourceId}`,
    carriedFromId: sourceId,
    ...extra,
  });

describe('compareYears: rows', () => {
  const actions: ControlAction[] = [
    row('f1', 'a', 2026, 'postponed'),
    continuation('t1', 'a', 'f1', { objective: 'Uusi tavoite', owner: 'Uusi' }),
    row('f2', 'b', 2026, 'done'),
    row('f3', 'a', 2026, 'not_done'),
    deleted(row('t3', 'a', 2027, 'not_started', { carriedFromId: 'f3' })),
    row('t4', 'c', 2027, 'not_started'),
    row('old', 'a', 2025, 'postponed'),
    row('t5', 'b', 2027, 'not_started', { carriedFromId: 'old' }),
    row('f-city', 'city', 2026, 'postponed'),
    row('t6', 'b', 2027, 'not_started', { carriedFromId: 'f-city' }),
    row('f7', 'b', 2026, 'postponed'),
    continuation('t7', 'b', 'f7'),
    row('t-gone', 'gone', 2027, 'not_started'),
    deleted(row('t-removed', 'a', 2027, 'not_started')),
  ];

  it('sorts the toYear rows into added and carried, and the fromYear rows into carried and dropped', () => {
    const result = compareYears(input({ actions }), 'div');
    expect(ids(result.added)).toEqual(['t4', 't5', 't6']);
    expect(result.carried.map((pair) => [pair.from.id, pair.to.id, pair.changedFields])).toEqual([
      ['f1', 't1', ['objective', 'owner']],
      ['f7', 't7', []],
    ]);
    expect(ids(result.dropped)).toEqual(['f3', 'f2']);
  });

  it('counts a continuation of a row outside the scope as carried in a wider scope', () => {
    const result = compareYears(input({ actions }), 'city');
    expect(result.carried.map((pair) => pair.to.id)).toContain('t6');
    expect(ids(result.dropped)).not.toContain('f-city');
  });

  it('reports every plan field that was rewritten', () => {
    const from = row('f', 'a', 2026, 'postponed');
    const to = row('t', 'a', 2027, 'not_started', {
      carriedFromId: 'f',
      objective: 'x',
      actions: 'y',
      indicator: 'z',
      owner: 'w',
      deadline: '2027-01-01',
      riskIds: ['k'],
    });
    expect(compareYears(input({ actions: [from, to] }), 'a').carried[0]?.changedFields).toEqual([
      ...COMPARED_FIELDS,
    ]);
  });

  it('orders by unit tree, then Finnish alphabetical objective', () => {
    const rows = ['Öljy', 'Zeta', 'ääni', 'Ahven'].map((objective, index) =>
      row(`x${index}`, 'a', 2027, 'not_started', { objective }),
    );
    const result = compareYears(
      input({ actions: [row('b1', 'b', 2027, 'done', { objective: 'Aa' }), ...rows] }),
      'div',
    );
    expect(result.added.map((item) => item.objective)).toEqual([
      'Ahven',
      'Zeta',
      'ääni',
      'Öljy',
      'Aa',
    ]);
  });

  it('is empty for a missing or deleted scope', () => {
    expect(compareYears(input({ actions }), 'gone')).toEqual({
      added: [],
      carried: [],
      dropped: [],
      riskMoves: [],
    });
    expect(compareYears(input({ actions }), 'nowhere').added).toEqual([]);
  });
});

describe('compareYears: risk levels', () => {
  const risks: Risk[] = [
    risk('up', 'a', { title: 'Nousee' }),
    risk('down', 'a', { title: 'Laskee' }),
    risk('same', 'a', { title: 'Pysyy' }),
    risk('new', 'b', { title: 'Uusi' }),
    risk('never', 'b', { title: 'Arvioimatta' }),
    risk('later', 'b', { title: 'Myöhemmin' }),
    risk('fallback', 'c', { title: 'Varaluku' }),
    deleted(risk('removed', 'a')),
    risk('outside', 'city'),
  ];
  const assessments: Assessment[] = [
    assessment('1', 'up', '2026-03-01', 2, 2),
    assessment('2', 'up', '2027-03-01', 3, 3),
    deleted(assessment('3', 'up', '2027-06-01', 1, 1)),
    assessment('4', 'down', '2026-12-31', 4, 4),
    assessment('5', 'down', '2027-01-01', 2, 4),
    assessment('6', 'same', '2025-05-05', 3, 2),
    assessment('7', 'new', '2027-12-31', 1, 2),
    assessment('8', 'later', '2028-01-01', 5, 5),
    assessment('9', 'fallback', '2026-02-02', 4, 4, { kind: 'inherent' }),
    assessment('10', 'fallback', '2027-02-02', 5, 5, { kind: 'inherent' }),
    assessment('11', 'fallback', '2027-02-03', 2, 2),
  ];

  it('compares the year-end levels and names the direction of each move', () => {
    const moves = compareYears(input({ risks, assessments }), 'div').riskMoves;
    expect(
      moves.map((move) => [
        move.risk.id,
        move.from?.score ?? null,
        move.to?.score ?? null,
        move.direction,
      ]),
    ).toEqual([
      ['down', 16, 8, 'down'],
      ['up', 4, 9, 'up'],
      ['same', 6, 6, 'same'],
      ['fallback', 16, 4, 'down'],
      ['never', null, null, 'unassessed'],
      ['later', null, null, 'unassessed'],
      ['new', null, 2, 'new'],
    ]);
    const fallback = moves.find((move) => move.risk.id === 'fallback');
    expect([fallback?.from?.kind, fallback?.to?.kind]).toEqual(['inherent', 'residual']);
  });

  it('places an older scale on the current matrix', () => {
    const level = levelAtYearEnd(
      [assessment('1', 'k', '2026-01-01', 3, 2, { scale: 3 })],
      2026,
      matrix,
    );
    expect(level).toMatchObject({
      likelihood: 5,
      impact: 3,
      score: 15,
      isRescaled: true,
      kind: 'residual',
    });
    expect(level?.band.id).toBe('significant');
  });

  it('calls a risk assessed only after toYear unassessed, even when comparing backwards', () => {
    const moves = compareYears(
      input({ fromYear: 2027, toYear: 2026, risks, assessments }),
      'b',
    ).riskMoves;
    expect(moves.map((move) => [move.risk.id, move.direction])).toEqual([
      ['never', 'unassessed'],
      ['later', 'unassessed'],
      ['new', 'unassessed'],
    ]);
  });
});

describe('compareYears properties', () => {
  const scopes = fc.constantFrom('city', 'div', 'a', 'b', 'c');
  const scopeIds: Record<string, string[]> = {
    city: ['city', 'div', 'a', 'b', 'c'],
    div: ['div', 'a', 'b', 'c'],
    a: ['a', 'c'],
    b: ['b'],
    c: ['c'],
  };
  const years = fc.constantFrom(...YEARS);

  it('partitions the rows of both years', () => {
    fc.assert(
      fc.property(rowsArb, scopes, years, years, (actions, scope, fromYear, toYear) => {
        fc.pre(fromYear !== toYear);
        const result = compareYears(input({ actions, fromYear, toYear }), scope);
        const live = (year: number) =>
          actions.filter(
            (item) =>
              item.deletedAt === null &&
              item.year === year &&
              scopeIds[scope]?.includes(item.unitId),
          );
        const toSide = [...ids(result.added), ...result.carried.map((pair) => pair.to.id)];
        expect(new Set(toSide).size).toBe(toSide.length);
        expect(toSide.sort()).toEqual(ids(live(toYear)).sort());
        const carriedFrom = new Set(result.carried.map((pair) => pair.from.id));
        const dropped = new Set(ids(result.dropped));
        for (const item of live(fromYear))
          expect(carriedFrom.has(item.id) !== dropped.has(item.id)).toBe(true);
        expect(carriedFrom.size + dropped.size).toBe(live(fromYear).length);
        for (const pair of result.carried) {
          expect(pair.to.carriedFromId).toBe(pair.from.id);
          expect(pair.changedFields).toEqual(
            COMPARED_FIELDS.filter((field) => pair.from[field] !== pair.to[field]),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the input rows', () => {
    fc.assert(
      fc.property(rowsArb, scopes, (actions, scope) => {
        const result = compareYears(input({ actions }), scope);
        expect(compareYears(input({ actions: [...actions].reverse() }), scope)).toEqual(result);
      }),
    );
  });

  it('moves each live risk of the scope once, in a direction that fits its levels', () => {
    fc.assert(
      fc.property(risksArb, assessmentsArb, scopes, (risks, assessments, scope) => {
        const moves = compareYears(input({ risks, assessments }), scope).riskMoves;
        const live = risks.filter(
          (item) => item.deletedAt === null && scopeIds[scope]?.includes(item.unitId),
        );
        expect(ids(moves.map((move) => move.risk)).sort()).toEqual(ids(live).sort());
        for (const { from, to, direction } of moves) {
          if (to === null) expect(direction).toBe('unassessed');
          else if (from === null) expect(direction).toBe('new');
          else
            expect(direction).toBe(
              to.score > from.score ? 'up' : to.score < from.score ? 'down' : 'same',
            );
        }
      }),
    );
  });
});
