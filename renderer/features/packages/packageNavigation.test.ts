import { describe, expect, it } from 'vitest';
import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import { packageRedirect } from './PackageRouteGuard';

const UNIT = '00000000-0000-4000-8000-000000000010';
const OTHER = '00000000-0000-4000-8000-000000000011';
const opened = {
  record: { unitId: UNIT, year: 2026 } as UnitPackageRecord,
  unitName: 'Viestintä ja markkinointi',
};
const go = (path: string) => {
  const [pathname = '', query = ''] = path.split('?');
  return packageRedirect(opened, { pathname, search: query ? `?${query}` : '' });
};

describe('where package mode lets a unit manager go', () => {
  it("keeps the unit's own pages, its risks, risk map, settings, profile and About", () => {
    expect(go(`/units/${UNIT}?year=2026`)).toBeNull();
    expect(go(`/risks/${OTHER}`)).toBeNull();
    expect(go(`/risk-map?scope=${UNIT}&kind=residual`)).toBeNull();
    expect(go('/settings')).toBeNull();
    expect(go('/profile')).toBeNull();
    expect(go('/about')).toBeNull();
  });

  it('leads every other page back to the unit, of the package year', () => {
    const unitPage = `/units/${UNIT}?year=2026`;
    expect(go('/units')).toBe(unitPage);
    expect(go(`/units/${OTHER}?year=2026`)).toBe(unitPage);
    expect(go(`/units/${UNIT}?year=2025`)).toBe(unitPage);
    expect(go(`/risk-map?scope=${OTHER}`)).toBe(`/risk-map?scope=${UNIT}`);
    for (const path of ['/', '/years', '/review', '/reports', '/audit', '/packages', '/merge', '/home', '/register'])
      expect(go(path)).toBe(unitPage);
  });
});
