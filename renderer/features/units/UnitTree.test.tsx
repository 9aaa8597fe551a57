import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Unit, UnitKind } from '../../../shared/domain/unit';
import { buildUnitTree, unitPath } from '../../../shared/unit-tree';
import { initI18n } from '../../i18n';
import { OPEN_TREE_LIMIT, UnitTree } from './UnitTree';

let next = 0;
const unit = (name: string, kind: UnitKind, parentId: string | null): Unit => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'Testi',
    rev: 1,
    deletedAt: null,
    name,
    code: '',
    accountable: '',
    manager: '',
    parentId,
    kind,
    sortOrder: next,
    active: true,
  } as Unit;
};

/** A city → `divisions` divisions → `areasEach` areas under each. */
const organisation = (divisions: number, areasEach: number) => {
  const city = unit('Kaupunki', 'organisation', null);
  const units = [city];
  for (let d = 1; d <= divisions; d += 1) {
    const division = unit(`Toimiala ${d}`, 'division', city.id);
    units.push(division);
    for (let a = 1; a <= areasEach; a += 1) units.push(unit(`Alue ${d}.${a}`, 'area', division.id));
  }
  return units;
};

const renderTree = (units: Unit[], selected: string) => {
  const chosen = units.find((item) => item.name === selected)!;
  render(
    <MemoryRouter initialEntries={[`/units/${chosen.id}`]}>
      <nav aria-label="Organisaatio">
        <UnitTree
          nodes={buildUnitTree(units)}
          year={2026}
          pathIds={new Set(unitPath(units, chosen.id).map((item) => item.id))}
          total={units.length}
        />
      </nav>
    </MemoryRouter>,
  );
  return screen.getByRole('navigation', { name: 'Organisaatio' });
};

const link = (tree: HTMLElement, name: string) =>
  within(tree).queryByRole('link', { name: new RegExp(`^${name},`) });

describe('the organisation tree', () => {
  beforeAll(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('shows a small organisation whole, and a branch closes and opens with its button', async () => {
    const units = organisation(2, 3);
    const tree = renderTree(units, 'Alue 1.1');
    expect(within(tree).getAllByRole('link')).toHaveLength(units.length);
    const toggle = within(tree).getByRole('button', { name: 'Alayksiköt: Toimiala 2 (3)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(link(tree, 'Alue 2.1')).toBeNull();
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(link(tree, 'Alue 2.1')).not.toBeNull();
  });

  it('opens a city-sized organisation only along the chosen unit’s path', async () => {
    const units = organisation(3, Math.ceil(OPEN_TREE_LIMIT / 3));
    expect(units.length).toBeGreaterThan(OPEN_TREE_LIMIT);
    const tree = renderTree(units, 'Alue 2.5');
    // The city, its three divisions, and the chosen division's areas.
    expect(within(tree).getAllByRole('link')).toHaveLength(1 + 3 + Math.ceil(OPEN_TREE_LIMIT / 3));
    expect(link(tree, 'Alue 2.5')).toHaveAttribute('aria-current', 'page');
    expect(link(tree, 'Alue 1.1')).toBeNull();
    const first = within(tree).getByRole('button', { name: /^Alayksiköt: Toimiala 1 / });
    expect(first).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(first);
    expect(link(tree, 'Alue 1.1')).not.toBeNull();
    expect(within(tree).getByRole('button', { name: /^Alayksiköt: Toimiala 2 / })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
