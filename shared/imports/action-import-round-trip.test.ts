import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ControlAction } from '../domain/control-action';
import { actionInputSchema } from '../domain/control-action';
import { neutraliseFormula, toCsv } from '../exports/csv';
import { registerTables } from '../exports/register-tables';
import { DEFAULT_MATRIX } from '../risk-presets';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import type { ImportState } from './action-import';
import { planActionImport } from './action-import';
import type { ImportTable } from './import-header';
import { readCsvTable } from './csv';
import { readImportFile } from './import-file';
import {
  HEADER,
  STATUS_WORDS,
  action,
  applyPlan,
  baseState,
  cells,
  exported,
  newRow,
  planOf,
  status,
  t,
} from './action-import.test-support';

describe('importing the same file twice', () => {
  const UNITS = ['Kaupunki', 'Elinvoima'] as const;
  const UNIT_IDS = { Kaupunki: 'root', Elinvoima: 'child' } as const;
  const text = fc.constantFrom('', 'A', 'B', '=C', 'Hyvä; "ö"', 'rivi\nrivi');
  const objective = fc.constantFrom('A', 'B', '=C', 'Hyvä; "ö"');
  const deadline = fc.constantFrom('', '30.9.2026', '1.1.2026');

  const existing = fc
    .array(
      fc.record({
        unit: fc.constantFrom(...UNITS),
        objective,
        actions: text,
        indicator: text,
        owner: text,
        deadline,
        status,
      }),
      { maxLength: 6 },
    )
    .map((rows) =>
      rows.map((row, index) =>
        action(`e${index}`, UNIT_IDS[row.unit], {
          ...actionInputSchema(2026).parse({ ...row }),
          sortOrder: index,
        }),
      ),
    );

  const fileRow = (actions: ControlAction[]) =>
    fc.oneof(
      // A new row (often equal in its key to an existing one).
      fc
        .record({
          unit: fc.constantFrom(...UNITS),
          objective,
          actions: text,
          indicator: text,
          owner: text,
          deadline,
          status,
        })
        .map((row) => newRow({ ...row, status: STATUS_WORDS[row.status] })),
      // An exported row, with or without its Id, perhaps edited.
      ...(actions.length === 0
        ? []
        : [
            fc
              .record({
                index: fc.nat({ max: actions.length - 1 }),
                keepId: fc.boolean(),
                owner: fc.option(text),
                status: fc.option(status),
              })
              .map(({ index, keepId, owner, status: newStatus }) => {
                const row = actions[index]!;
                const values = exported(row, row.unitId === 'root' ? 'Kaupunki' : 'Elinvoima');
                return {
                  ...values,
                  id: keepId ? values.id : '',
                  owner: owner ?? values.owner,
                  status: newStatus ? STATUS_WORDS[newStatus] : values.status,
                };
              }),
          ]),
    );

  it('plans nothing but unchanged rows the second time', () => {
    fc.assert(
      fc.property(
        existing.chain((actions) =>
          fc.tuple(fc.constant(actions), fc.array(fileRow(actions), { maxLength: 8 })),
        ),
        ([actions, rows]) => {
          const state: ImportState = { ...baseState(), actions };
          // The CSV form of the rows: formula-like text carries the export's apostrophe.
          const csv: ImportTable = {
            header: HEADER,
            rows: rows.map((row) => cells(row).map(neutraliseFormula)),
            formulaEscapes: true,
          };
          const first = planActionImport(csv, state, { t });
          if (!first.ok) {
            // Only a repeated Id can make these rows invalid.
            expect(
              first.errors.every((error) => error.message.startsWith('imports.errors.duplicateId')),
            ).toBe(true);
            return;
          }
          const after = applyPlan(state, first);
          const second = planOf(planActionImport(csv, after, { t }));
          expect(second.creates).toEqual([]);
          expect(second.updates).toEqual([]);
          expect(second.unchanged).toHaveLength(rows.length);
          expect(after.actions.length - state.actions.length).toBe(first.creates.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the export read back', () => {
  const tricky = fc
    .string({
      unit: fc.constantFrom('a', 'ö', ' ', ';', '"', '\n', '\r\n', '=', '+', '-', '@', "'", 'x'),
      maxLength: 30,
    })
    .map((value) => value.trim())
    // The export cannot tell "'=" typed by a user from its own escape (see unescapeFormula).
    .filter((value) => !/^'[=+\-@\t\r]/.test(value));

  it('as CSV, is all unchanged: every text, date and status survives the round trip', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            child: fc.boolean(),
            objective: tricky.filter((value) => value !== ''),
            actions: tricky,
            indicator: tricky,
            owner: tricky,
            deadline: fc.option(fc.constantFrom('2026-01-01', '2026-09-30', '2026-12-31')),
            status,
          }),
          { maxLength: 8 },
        ),
        (rows) => {
          const actions = rows.map(({ child, ...values }, index) =>
            action(`x${index}`, child ? 'child' : 'root', { ...values, sortOrder: index }),
          );
          const state: ImportState = { ...baseState(), actions };
          const tables = registerTables(
            {
              units: state.units,
              actions,
              indicators: [],
              kinds: PRESET_TABLE_KINDS,
              priorities: [],
              risks: [],
              assessments: [],
              matrix: DEFAULT_MATRIX,
              categories: [],
            },
            'root',
            2026,
            { t, today: '2026-06-15', language: 'fi' },
          );
          const content = readImportFile(new TextEncoder().encode(toCsv(tables.actions)), 'csv');
          if (content.kind !== 'text') throw new Error(`not read as text: ${content.kind}`);
          const result = planOf(planActionImport(readCsvTable(content.text), state, { t }));
          expect(result.creates).toEqual([]);
          expect(result.updates).toEqual([]);
          expect(result.unchanged).toHaveLength(actions.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
