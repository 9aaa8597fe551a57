import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { planSections } from './plan-sections';

const priorities = [
  { id: 'arki', year: 2026, name: 'HYVÄ JA SUJUVA ARKI' },
  { id: 'kasvu', year: 2026, name: 'ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA' },
];
const kindIds = [
  'strategyGoal',
  'otherGoal',
  'productivity',
  'internalControl',
  'companyGoal',
  'vanha',
];

const rowArbitrary = fc.record({
  id: fc.uuid(),
  kindId: fc.constantFrom(...kindIds),
  priorityId: fc.constantFrom<string | null>('arki', 'kasvu', 'poistettu', null),
});

describe('a unit page in the budget order', () => {
  it('puts each kind in its place and strategy goals under their priorities', () => {
    const rows = [
      { id: 'a', kindId: 'internalControl', priorityId: null },
      { id: 'b', kindId: 'strategyGoal', priorityId: 'kasvu' },
      { id: 'c', kindId: 'strategyGoal', priorityId: 'arki' },
      { id: 'd', kindId: 'otherGoal', priorityId: null },
      { id: 'e', kindId: 'strategyGoal', priorityId: 'arki' },
    ];
    const sections = planSections(rows, PRESET_TABLE_KINDS, priorities);
    expect(
      sections.map(({ kind, groups }) => [
        kind.id,
        groups.map((group) => [group.priority?.id ?? null, group.rows.map((row) => row.id)]),
      ]),
    ).toEqual([
      [
        'strategyGoal',
        [
          ['arki', ['c', 'e']],
          ['kasvu', ['b']],
        ],
      ],
      ['otherGoal', [[null, ['d']]]],
      ['internalControl', [[null, ['a']]]],
    ]);
  });

  it('shows every row exactly once, in its given order within its group', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArbitrary, { selector: (row) => row.id, maxLength: 40 }),
        (rows) => {
          const shown = planSections(rows, PRESET_TABLE_KINDS, priorities).flatMap((section) =>
            section.groups.flatMap((group) => group.rows),
          );
          expect([...shown].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...rows].sort((a, b) => a.id.localeCompare(b.id)),
          );
          for (const section of planSections(rows, PRESET_TABLE_KINDS, priorities))
            for (const group of section.groups) {
              const positions = group.rows.map((row) => rows.indexOf(row));
              expect(positions).toEqual([...positions].sort((a, b) => a - b));
            }
        },
      ),
    );
  });
});
