import { describe, expect, it } from 'vitest';
import { PRESET_TABLE_KINDS } from '../table-kind-presets';
import { activeKinds, kindNameTaken, moveKind, TableKindsSchema } from './table-kind';

const ids = (kinds: readonly { id: string }[]) => kinds.map((kind) => kind.id);

describe('table kinds', () => {
  it('ships the budget tables in its order, with the headings Finnish budgets print', () => {
    const kinds = TableKindsSchema.parse(PRESET_TABLE_KINDS);
    expect(ids(kinds)).toEqual([
      'strategyGoal',
      'otherGoal',
      'productivity',
      'internalControl',
      'companyGoal',
    ]);
    expect(kinds.find((kind) => kind.id === 'productivity')?.labels.fi).toEqual({
      name: 'Tuottavuustoimenpiteet ja -hankkeet',
      objective: 'Tuottavuustoimenpide / Hanke',
      actions: 'Tulokset',
      indicator: 'Mittarit/Arviointi',
    });
    expect(kinds.filter((kind) => kind.usesPriorities).map((kind) => kind.id)).toEqual([
      'strategyGoal',
    ]);
  });

  it('refuses two kinds with one id', () => {
    const twice = [...PRESET_TABLE_KINDS, PRESET_TABLE_KINDS[0]!];
    expect(TableKindsSchema.safeParse(twice).success).toBe(false);
  });

  it('finds a name taken in any language, case-blind, but not by the kind itself', () => {
    const labels = structuredClone(PRESET_TABLE_KINDS[1]!.labels);
    labels.sv.name = 'STRATEGISKA MÅL';
    expect(kindNameTaken(PRESET_TABLE_KINDS, labels, 'otherGoal')).toBe('sv');
    expect(
      kindNameTaken(PRESET_TABLE_KINDS, PRESET_TABLE_KINDS[1]!.labels, 'otherGoal'),
    ).toBeNull();
  });

  it('moves a kind up or down and leaves the ends as they are; retired kinds take no rows', () => {
    expect(ids(moveKind(PRESET_TABLE_KINDS, 'internalControl', -1))).toEqual([
      'strategyGoal',
      'otherGoal',
      'internalControl',
      'productivity',
      'companyGoal',
    ]);
    expect(ids(moveKind(PRESET_TABLE_KINDS, 'strategyGoal', -1))).toEqual(ids(PRESET_TABLE_KINDS));
    expect(ids(moveKind(PRESET_TABLE_KINDS, 'companyGoal', 1))).toEqual(ids(PRESET_TABLE_KINDS));
    const retired = PRESET_TABLE_KINDS.map((kind) =>
      kind.id === 'productivity' ? { ...kind, retired: true } : kind,
    );
    expect(ids(activeKinds(retired))).not.toContain('productivity');
  });
});
