import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../audit';
import type { PackageRecords, PackageTable } from './format';
import { PACKAGE_TABLES } from './format';
import type { MergePlan } from './merge';
import type { MergeResolutions, MergeWrite } from './merge-apply';
import { planMerge } from './merge';
import { applyResolutions } from './merge-apply';
import type { Scenario } from './merge-scenarios.test-support';
import { FIELD_VALUES, scenarioArb } from './merge-scenarios.test-support';
import type { PackageRecord } from './records';
import { BOOKKEEPING_FIELDS, recordKey } from './records';
import { NOW } from './packages.test-support';

const META = { now: NOW, actor: 'Controller' };
const CHOICES = ['theirs', 'ours', 'edited'] as const;

// The oracle compares on its own terms, not with the merge's helpers.
const valueOf = (record: PackageRecord | undefined, field: string) =>
  canonicalJson((record as Record<string, unknown> | undefined)?.[field] ?? null);
const fieldsOf = (...versions: (PackageRecord | undefined)[]) =>
  [...new Set(versions.flatMap((version) => Object.keys(version ?? {})))].filter(
    (field) => !BOOKKEEPING_FIELDS.has(field),
  );
const differs = (a: PackageRecord | undefined, b: PackageRecord | undefined, field: string) =>
  valueOf(a, field) !== valueOf(b, field);
const byKey = (side: PackageRecords) =>
  new Map(
    PACKAGE_TABLES.flatMap((table) =>
      side[table].map((record): [string, PackageRecord] => [recordKey(table, record.id), record]),
    ),
  );
const hasTheirChange = (base?: PackageRecord, theirs?: PackageRecord) =>
  theirs !== undefined &&
  (base === undefined || fieldsOf(base, theirs).some((field) => differs(base, theirs, field)));

/**
 * Resolves every conflict by cycling through the choices; edited values come from the pools.
 * An edited value is never the issued one: a register holding the issued value again cannot be
 * told from one that never changed, so a second merge of that return would take theirs (the
 * repository refuses to merge one return twice; see applyResolutions).
 */
const resolveAll = (plan: MergePlan, choices: readonly (typeof CHOICES)[number][]) => {
  const resolutions: MergeResolutions = {};
  let turn = 0;
  for (const entry of plan.entries) {
    for (const conflict of entry.conflicts) {
      const values = (FIELD_VALUES[entry.table][conflict.field] ?? []).filter(
        (value) => canonicalJson(value) !== canonicalJson(conflict.base),
      );
      const choice = choices[turn % choices.length]!;
      const resolution =
        choice === 'edited' && values.length > 0
          ? { choice, value: values[turn % values.length] }
          : { choice: choice === 'edited' ? ('ours' as const) : choice };
      (resolutions[recordKey(entry.table, entry.id)] ??= {})[conflict.field] = resolution;
      turn += 1;
    }
  }
  return resolutions;
};

const keepOurs = (plan: MergePlan) => resolveAll(plan, ['ours']);

const applyWrites = (ours: PackageRecords, writes: readonly MergeWrite[]): PackageRecords => {
  const next = { ...ours } as Record<PackageTable, PackageRecord[]>;
  for (const { table, after } of writes) {
    next[table] = [...next[table].filter((record) => record.id !== after.id), after];
  }
  return next as PackageRecords;
};

/** Same records, another order: keys drawn by fast-check decide it. */
const shuffled = (side: PackageRecords, keys: readonly number[]): PackageRecords => {
  const shuffle = <T>(items: readonly T[]) =>
    items
      .map((item, index) => ({ item, key: keys[index % Math.max(keys.length, 1)] ?? 0 }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item)
      .reverse();
  return {
    controlActions: shuffle(side.controlActions),
    indicators: shuffle(side.indicators),
    risks: shuffle(side.risks),
    assessments: shuffle(side.assessments),
  };
};

const choicesArb = fc.array(fc.constantFrom(...CHOICES), { minLength: 1, maxLength: 7 });
const RUNS = { numRuns: 300 };

describe('planMerge and applyResolutions: properties', () => {
  it('is deterministic: the same records in any order give the same plan', () => {
    fc.assert(
      fc.property(scenarioArb, fc.array(fc.nat(50)), (scenario: Scenario, keys) => {
        const plan = planMerge(scenario);
        expect(planMerge(scenario)).toEqual(plan);
        const reordered = planMerge({
          base: shuffled(scenario.base, keys),
          theirs: shuffled(scenario.theirs, [...keys].reverse()),
          ours: shuffled(
            scenario.ours,
            keys.map((key) => 50 - key),
          ),
          scope: { ...scenario.scope },
        });
        expect(canonicalJson(reordered)).toBe(canonicalJson(plan));
        const counted = Object.values(plan.counts).reduce((sum, count) => sum + count, 0);
        expect(counted).toBe(plan.entries.length);
      }),
      RUNS,
    );
  });

  it('refuses exactly the changes to records outside the scope', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const [base, theirs] = [byKey(scenario.base), byKey(scenario.theirs)];
        const refused = planMerge(scenario)
          .entries.filter((entry) => entry.kind === 'refused')
          .map((entry) => recordKey(entry.table, entry.id));
        const expected = [...base.keys(), ...theirs.keys()].filter(
          (key, index, all) =>
            all.indexOf(key) === index &&
            (scenario.alwaysRefused.has(key) ||
              (scenario.refusedIfChanged.has(key) &&
                hasTheirChange(base.get(key), theirs.get(key)))),
        );
        expect(refused.sort()).toEqual(expected.sort());
      }),
      RUNS,
    );
  });

  it('reports as conflicts exactly the fields both sides changed to different values', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const [base, ours, theirs] = [scenario.base, scenario.ours, scenario.theirs].map(byKey);
        for (const entry of planMerge(scenario).entries) {
          if (entry.kind === 'refused') continue;
          const key = recordKey(entry.table, entry.id);
          const [was, our, their] = [base!.get(key), ours!.get(key), theirs!.get(key)];
          const expected =
            our && their
              ? fieldsOf(was, our, their).filter(
                  (field) =>
                    (!was || (differs(was, our, field) && differs(was, their, field))) &&
                    differs(our, their, field),
                )
              : [];
          expect(entry.conflicts.map((conflict) => conflict.field)).toEqual(expected.sort());
        }
      }),
      RUNS,
    );
  });

  it('never loses a change only one side made', () => {
    fc.assert(
      fc.property(scenarioArb, choicesArb, (scenario, choices) => {
        const plan = planMerge(scenario);
        const { writes } = applyResolutions(plan, resolveAll(plan, choices), META);
        const [base, ours, theirs] = [scenario.base, scenario.ours, scenario.theirs].map(byKey);
        const merged = byKey(applyWrites(scenario.ours, writes));
        for (const entry of plan.entries) {
          if (entry.kind === 'refused') continue;
          const key = recordKey(entry.table, entry.id);
          const [was, our, their, result] = [
            base!.get(key),
            ours!.get(key),
            theirs!.get(key) ?? base!.get(key),
            merged.get(key),
          ];
          if (!was && !our) {
            for (const field of fieldsOf(their))
              expect(valueOf(result, field)).toBe(valueOf(their, field));
            continue;
          }
          if (!our) {
            expect(result).toBeUndefined();
            continue;
          }
          for (const field of fieldsOf(was, our, their)) {
            const [ourChange, theirChange] = [differs(was, our, field), differs(was, their, field)];
            if (was && theirChange && !ourChange)
              expect(valueOf(result, field)).toBe(valueOf(their, field));
            if (was && ourChange && !theirChange)
              expect(valueOf(result, field)).toBe(valueOf(our, field));
          }
        }
      }),
      RUNS,
    );
  });

  it('is idempotent: merging the same return again takes nothing more and writes nothing', () => {
    fc.assert(
      fc.property(scenarioArb, choicesArb, (scenario, choices) => {
        const first = planMerge(scenario);
        const { writes } = applyResolutions(first, resolveAll(first, choices), META);
        for (const { before, after } of writes) {
          expect(after.rev).toBe(before ? before.rev + 1 : after.rev);
          expect(after.updatedAt).toBe(NOW);
        }
        const again = planMerge({ ...scenario, ours: applyWrites(scenario.ours, writes) });
        for (const entry of again.entries) {
          expect(['added', 'theirs', 'merged']).not.toContain(entry.kind);
          if (entry.kind !== 'refused') expect(entry.theirsFields).toEqual([]);
        }
        expect(applyResolutions(again, keepOurs(again), META).writes).toEqual([]);
        expect(again.counts.refused).toBe(first.counts.refused);
      }),
      RUNS,
    );
  });
});
