import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValvoDatabase } from '../database';
import { applyVersion1 } from './0001-initial';
import { CURRENT_SCHEMA_VERSION } from './index';

describe('schema migrations', () => {
  it('opens a version 1 database with today’s code, keeping every record and adding the new tables', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('valvo', { indexedDB, IDBKeyRange });
    applyVersion1(old);
    await old
      .table('units')
      .add({ id: 'u1', name: 'Kaupunki', parentId: null, kind: 'organisation', deletedAt: null });
    await old
      .table('controlActions')
      .add({ id: 'a1', unitId: 'u1', year: 2026, objective: 'Rivi', deletedAt: null });
    old.close();

    const current = new ValvoDatabase('valvo', { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await current.units.get('u1')).toMatchObject({ name: 'Kaupunki' });
    expect(await current.controlActions.where('[unitId+year]').equals(['u1', 2026]).count()).toBe(
      1,
    );
    expect(await current.unitReviews.count()).toBe(0);
    current.close();
  });
});
