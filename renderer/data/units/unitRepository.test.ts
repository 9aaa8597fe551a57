import { beforeEach, describe, expect, it } from 'vitest';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createUnitRepository } from './unitRepository';

const people = { code: '', accountable: '', manager: '' };

describe('unit repository', () => {
  let db: ValvoDatabase;
  let units: ReturnType<typeof createUnitRepository>;

  beforeEach(async () => {
    db = openTestDatabase();
    units = createUnitRepository(db, testContext());
  });

  const city = async () => {
    const root = await units.create(null, 'organisation', {
      name: 'Kemijärven kaupunki',
      ...people,
    });
    const division = await units.create(root.id, 'division', {
      name: 'Konserni- ja elinvoimapalvelut',
      ...people,
    });
    const area = await units.create(division.id, 'area', { name: 'Hallintopalvelut', ...people });
    const cost = await units.create(area.id, 'costUnit', { name: 'Talouspalvelut', ...people });
    return { root, division, area, cost };
  };

  it('creates the tree with the common record fields and one audit event per unit', async () => {
    const { area, cost } = await city();
    expect(cost).toMatchObject({
      parentId: area.id,
      kind: 'costUnit',
      rev: 1,
      deletedAt: null,
      updatedBy: 'Maija Meikäläinen',
    });
    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(events.map((event) => [event.seq, event.entity, event.op])).toEqual([
      [1, 'unit', 'create'],
      [2, 'unit', 'create'],
      [3, 'unit', 'create'],
      [4, 'unit', 'create'],
    ]);
    expect(events[3]?.changes.name).toEqual([null, 'Talouspalvelut']);
  });

  it('renames with accountable person and manager, recording before and after', async () => {
    const { area } = await city();
    const renamed = await units.update(area.id, 1, {
      name: 'Hallinto',
      code: '110',
      accountable: 'Hallintojohtaja',
      manager: 'Esihenkilö',
    });
    expect(renamed).toMatchObject({ name: 'Hallinto', code: '110', rev: 2 });
    const last = await db.auditEvents.orderBy('seq').last();
    expect(last?.changes).toEqual({
      accountable: ['', 'Hallintojohtaja'],
      code: ['', '110'],
      manager: ['', 'Esihenkilö'],
      name: ['Hallintopalvelut', 'Hallinto'],
    });
  });

  it('refuses an empty or over-long name and a stale edit, writing nothing', async () => {
    const { area } = await city();
    const before = await db.auditEvents.count();
    await expect(units.update(area.id, 1, { name: '   ', ...people })).rejects.toMatchObject({
      key: 'validation.required',
    });
    await expect(
      units.update(area.id, 1, { name: 'x'.repeat(10_000), ...people }),
    ).rejects.toMatchObject({
      key: 'validation.tooLong?max=200',
    });
    await units.update(area.id, 1, { name: 'Uusi nimi', ...people });
    await expect(
      units.update(area.id, 1, { name: 'Toinen nimi', ...people }),
    ).rejects.toMatchObject({ key: 'errors.staleRecord' });
    expect(await db.auditEvents.count()).toBe(before + 1);
    expect((await db.units.get(area.id))?.name).toBe('Uusi nimi');
  });

  it('moves a unit, and refuses to move it under itself or its own child', async () => {
    const { root, division, area, cost } = await city();
    const other = await units.create(division.id, 'area', {
      name: 'Viestintä ja markkinointi',
      ...people,
    });
    await expect(units.move(area.id, area.id)).rejects.toMatchObject({
      key: 'units.errors.moveUnderSelf',
    });
    await expect(units.move(division.id, cost.id)).rejects.toMatchObject({
      key: 'units.errors.moveUnderDescendant',
    });
    await expect(units.move(area.id, root.id)).rejects.toMatchObject({
      key: 'units.errors.kindNotAllowedHere',
    });
    expect((await db.units.get(division.id))?.parentId).toBe(root.id);

    const moved = await units.move(cost.id, other.id);
    expect(moved.parentId).toBe(other.id);
    expect((await db.auditEvents.orderBy('seq').last())?.op).toBe('move');
  });

  it('deactivates instead of deleting, and only once the children are inactive', async () => {
    const { root, area, cost } = await city();
    await expect(units.setActive(area.id, false)).rejects.toMatchObject({
      key: 'units.errors.hasActiveChildren',
    });
    await units.setActive(cost.id, false);
    const inactive = await units.setActive(area.id, false);
    expect(inactive.active).toBe(false);
    await expect(units.setActive(root.id, false)).rejects.toMatchObject({
      key: 'units.errors.organisationAlwaysActive',
    });
    await expect(units.setActive(cost.id, true)).rejects.toMatchObject({
      key: 'units.errors.parentInactive',
    });
    expect(await db.units.count()).toBe(4);
  });
});
