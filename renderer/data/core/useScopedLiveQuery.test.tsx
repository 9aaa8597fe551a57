import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CITY, action, id } from '../../../shared/worklists/register.test-support';
import { useUnitActions } from '../actions/useUnitActions';
import { DatabaseProvider } from './DatabaseProvider';
import { ValvoDatabase } from './database';

afterEach(cleanup);

let databaseCount = 0;

/** Three units with rows of their own in two years, written behind the app. */
const seed = async () => {
  databaseCount += 1;
  const name = `scoped-query-${databaseCount}`;
  const db = new ValvoDatabase(name);
  await db.units.bulkAdd(CITY);
  await db.controlActions.bulkAdd([
    ...[12, 13, 21].flatMap((unit) => [
      action(unit, { objective: `Rivi ${unit}/2026 a`, year: 2026 }),
      action(unit, { objective: `Rivi ${unit}/2026 b`, year: 2026 }),
      action(unit, { objective: `Rivi ${unit}/2027`, year: 2027 }),
    ]),
  ]);
  db.close();
  return name;
};

type Seen = { unitId: string; year: number; objectives: string[] | undefined };

const Probe = ({ unitId, year, seen }: { unitId: string; year: number; seen: Seen[] }) => {
  const rows = useUnitActions(unitId, year);
  seen.push({ unitId, year, objectives: rows?.map((row) => row.objective) });
  return null;
};

describe('a live query read for a scope', () => {
  it('never gives one unit or year the rows of another while the scope changes', async () => {
    const name = await seed();
    const seen: Seen[] = [];
    const view = (unitId: string, year: number) => (
      <DatabaseProvider name={name}>
        <Probe unitId={unitId} year={year} seen={seen} />
      </DatabaseProvider>
    );
    const scopes: [number, number][] = [
      [12, 2026],
      [13, 2026],
      [21, 2026],
      [21, 2027],
      [12, 2027],
      [12, 2026],
    ];
    const { rerender } = render(view(id(12), 2026));
    for (const [unit, year] of scopes) {
      rerender(view(id(unit), year));
      await waitFor(() => expect(seen.at(-1)?.objectives?.length).toBeGreaterThan(0));
    }

    const shown = seen.filter((item) => item.objectives !== undefined);
    expect(shown.length).toBeGreaterThanOrEqual(scopes.length);
    for (const item of shown) {
      const unit = Number(item.unitId.slice(-12));
      for (const objective of item.objectives!)
        expect(objective).toMatch(new RegExp(`^Rivi ${unit}/${item.year}`));
    }
    // Between two scopes the hook said "loading" rather than keep the previous rows.
    expect(seen.some((item) => item.objectives === undefined && seen.indexOf(item) > 0)).toBe(true);
  });

  it('stays live: a change in the scope shows without a new scope', async () => {
    const name = await seed();
    const seen: Seen[] = [];
    render(
      <DatabaseProvider name={name}>
        <Probe unitId={id(13)} year={2026} seen={seen} />
      </DatabaseProvider>,
    );
    await waitFor(() => expect(seen.at(-1)?.objectives).toHaveLength(2));
    const db = new ValvoDatabase(name);
    await act(() => db.controlActions.add(action(13, { objective: 'Rivi 13/2026 c', year: 2026 })));
    await waitFor(() => expect(seen.at(-1)?.objectives).toHaveLength(3));
    db.close();
  });
});
