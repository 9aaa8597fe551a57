import { describe, expect, it } from 'vitest';
import type { UnitKind } from './domain/unit';
import {
  buildUnitTree,
  checkPlacement,
  childKindsFor,
  descendantIds,
  flattenUnitTree,
  unitPath,
} from './unit-tree';

const unit = (id: string, parentId: string | null, kind: UnitKind, name = id, active = true) => ({
  id,
  parentId,
  kind,
  name,
  sortOrder: 0,
  active,
  deletedAt: null as string | null,
});

const city = [
  unit('city', null, 'organisation', 'Kaupunki'),
  unit('div', 'city', 'division', 'Toimiala'),
  unit('areaB', 'div', 'area', 'Öljy'),
  unit('areaA', 'div', 'area', 'Ääni'),
  unit('cost', 'areaA', 'costUnit'),
  unit('closed', 'div', 'area', 'Suljettu', false),
];

describe('the unit tree', () => {
  it('nests children under parents and sorts names the Finnish way', () => {
    const flat = flattenUnitTree(buildUnitTree(city));
    expect(flat.map((node) => [node.unit.id, node.depth])).toEqual([
      ['city', 0],
      ['div', 1],
      ['closed', 2],
      ['areaA', 2],
      ['cost', 3],
      ['areaB', 2],
    ]);
  });

  it('leaves soft-deleted units out', () => {
    const withDeleted = [
      ...city,
      { ...unit('gone', 'div', 'area'), deletedAt: '2026-01-01T00:00:00.000Z' },
    ];
    expect(flattenUnitTree(buildUnitTree(withDeleted)).map((node) => node.unit.id)).not.toContain(
      'gone',
    );
  });

  it('finds descendants and the path from the root', () => {
    expect([...descendantIds(city, 'div')].sort()).toEqual(['areaA', 'areaB', 'closed', 'cost']);
    expect(unitPath(city, 'cost').map((item) => item.id)).toEqual(['city', 'div', 'areaA', 'cost']);
  });
});

describe('placing a unit', () => {
  it('refuses a move under itself or its own child', () => {
    expect(checkPlacement(city, 'division', 'div', 'div')).toBe('units.errors.moveUnderSelf');
    expect(checkPlacement(city, 'area', 'cost', 'areaA')).toBe('units.errors.moveUnderDescendant');
  });

  it('refuses a kind in the wrong place, a missing or inactive parent and a second organisation', () => {
    expect(checkPlacement(city, 'area', 'city')).toBe('units.errors.kindNotAllowedHere');
    expect(checkPlacement(city, 'costUnit', 'nope')).toBe('units.errors.parentMissing');
    expect(checkPlacement(city, 'costUnit', 'closed')).toBe('units.errors.parentInactive');
    expect(checkPlacement(city, 'organisation', null)).toBe('units.errors.secondOrganisation');
  });

  it('accepts a valid move and a valid new unit', () => {
    expect(checkPlacement(city, 'costUnit', 'areaB', 'cost')).toBeNull();
    expect(checkPlacement(city, 'company', 'city')).toBeNull();
    expect(checkPlacement([], 'organisation', null)).toBeNull();
    expect(childKindsFor('organisation')).toEqual(['division', 'company']);
  });
});
