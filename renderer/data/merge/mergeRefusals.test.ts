import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { PackageRecords, UnitPackage } from '../../../shared/packages/format';
import { packageContentHash, serializeUnitPackage } from '../../../shared/packages/format';
import { createRepositories } from '../createRepositories';
import type { RepositorySet } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { testContext } from '../../test/testDatabase';
import {
  OTHER_UNIT,
  issuedBase,
  returnPackage,
  returnText,
  setupRegister,
  snapshotAll,
  uuid,
} from './testFixtures';
import type { PreparedMerge } from './prepareMerge';

/** The unit changed row 1's objective; the controller changed it too, differently. */
const theirs = (base: PackageRecords): PackageRecords => ({
  ...base,
  controlActions: base.controlActions.map((row) =>
    row.id === uuid('row', 1) ? { ...row, objective: 'Yksikön tavoite', rev: 2 } : row,
  ),
});

const closeYear = async (db: ValvoDatabase) => {
  const year = (await db.planYears.where('year').equals(2026).first())!;
  await db.planYears.put({
    ...year,
    status: 'closed',
    closedAt: '2026-06-20T00:00:00.000Z',
    closedBy: 'Controller',
  });
};

/** A valid return (its hash is right) whose packaging differs from what we issued. */
const rebuilt = (change: (pkg: UnitPackage) => object) => {
  const pkg = returnPackage(theirs(issuedBase()));
  const body = Object.fromEntries(
    Object.entries({ ...pkg, ...change(pkg) }).filter(([key]) => key !== 'contentSha256'),
  ) as Omit<UnitPackage, 'contentSha256'>;
  return serializeUnitPackage({ ...body, contentSha256: packageContentHash(body) });
};

describe('a package the merge refuses changes nothing', () => {
  let db: ValvoDatabase;
  let repos: RepositorySet;
  let base: PackageRecords;

  beforeEach(async () => {
    ({ db, repos, base } = await setupRegister());
  });

  const refusals: [string, () => string | Promise<string>, object][] = [
    [
      'another organisation',
      () => rebuilt(() => ({ organisation: { id: uuid('elsewhere'), name: 'Muualla' } })),
      {
        status: 'refused',
        key: 'merge.errors.otherOrganisation',
        params: { organisation: 'Muualla' },
      },
    ],
    [
      'a closed year',
      async () => {
        await closeYear(db);
        return returnText(theirs(base));
      },
      { status: 'refused', key: 'merge.errors.closedYear', params: { year: 2026 } },
    ],
    [
      'a tampered package (hash mismatch)',
      () => returnText(theirs(base)).replace('Yksikön tavoite', 'Käsin muutettu tavoite'),
      {
        status: 'invalid',
        problems: [{ path: 'contentSha256', message: 'packages.errors.hashMismatch' }],
      },
    ],
    [
      'a package edited by hand into invalid JSON',
      () => returnText(theirs(base)).replace('"kind":"return"', '"kind":"return",,'),
      {
        status: 'invalid',
        problems: [
          { path: '$', message: expect.stringMatching(/^packages\.errors\.notJson\?detail=/) },
        ],
      },
    ],
    [
      'a package not issued here',
      () => rebuilt(() => ({ packageId: uuid('pkg', 7) })),
      { status: 'refused', key: 'merge.errors.notIssued' },
    ],
    [
      'a base that differs from the one issued',
      () =>
        rebuilt((pkg) => ({
          base: {
            ...pkg.base,
            controlActions: pkg.base.controlActions.map((row, index) =>
              index === 0 ? { ...row, owner: 'Vaihdettu lähtötila' } : row,
            ),
          },
        })),
      { status: 'refused', key: 'merge.errors.baseMismatch' },
    ],
    [
      'an issued package instead of a return',
      () =>
        rebuilt(() => ({
          kind: 'issue',
          returnId: null,
          returnedBy: null,
          returnedAt: null,
          records: issuedBase(),
        })),
      {
        status: 'invalid',
        problems: [
          { path: 'kind', message: expect.stringMatching(/^packages\.errors\.wrongKind/) },
        ],
      },
    ],
    [
      'a return carrying a record of another unit',
      () =>
        rebuilt((pkg) => ({
          records: {
            ...pkg.records,
            controlActions: [
              ...pkg.records.controlActions,
              {
                ...(pkg.records.controlActions[0] as ControlAction),
                id: uuid('row', 90),
                unitId: OTHER_UNIT,
              },
            ],
          },
        })),
      {
        status: 'invalid',
        problems: [
          { path: 'records.controlActions[5].unitId', message: 'packages.errors.outsideScope' },
        ],
      },
    ],
  ];

  it.each(refusals)('refuses %s with a Finnish reason', async (_name, text, expected) => {
    const input = await text();
    const before = await snapshotAll(db);
    expect(await repos.merge.prepare(input)).toMatchObject(expected);
    expect(await snapshotAll(db)).toEqual(before);
  });

  describe('once prepared', () => {
    let prepared: PreparedMerge;
    const resolved = {
      [`controlActions:${uuid('row', 1)}`]: { objective: { choice: 'theirs' as const } },
    };

    beforeEach(async () => {
      const record = (await db.controlActions.get(uuid('row', 1)))!;
      await db.controlActions.put({ ...record, objective: 'Controllerin tavoite', rev: 2 });
      const preparation = await repos.merge.prepare(returnText(theirs(base)));
      if (preparation.status !== 'ready') throw new Error(JSON.stringify(preparation));
      prepared = preparation;
    });

    const refusedApply = async (apply: () => Promise<unknown>, key: string) => {
      const before = await snapshotAll(db);
      await expect(apply()).rejects.toMatchObject({ key });
      expect(await snapshotAll(db)).toEqual(before);
    };

    it('a closed year refuses the merge inside its transaction', async () => {
      await closeYear(db);
      await refusedApply(() => repos.merge.apply(prepared, resolved), 'years.errors.closed');
    });

    it('refuses a merge with a conflict left unresolved', () =>
      refusedApply(() => repos.merge.apply(prepared, {}), 'merge.errors.unresolved'));

    it('refuses an edited value the record cannot hold', () =>
      refusedApply(
        () =>
          repos.merge.apply(prepared, {
            [`controlActions:${uuid('row', 1)}`]: { objective: { choice: 'edited', value: '' } },
          }),
        'merge.errors.invalidValue',
      ));

    it('refuses when a record changed after the preview', async () => {
      const record = (await db.controlActions.get(uuid('row', 2)))!;
      await db.controlActions.put({ ...record, owner: 'Välissä muutettu', rev: 2 });
      await refusedApply(
        () => repos.merge.apply(prepared, resolved),
        'merge.errors.changedSincePreview',
      );
    });

    it('refuses anyone but a controller', async () => {
      const manager = createRepositories(db, testContext('Esihenkilö', undefined, 'unitManager'));
      await refusedApply(() => manager.merge.apply(prepared, resolved), 'errors.controllerOnly');
    });

    it('applies only a package the reader verified: a copy of it does not compile', () => {
      const handMade = { ...prepared, pkg: { ...prepared.pkg } };
      const unchecked = () =>
        // @ts-expect-error a package no reader checked is not Verified
        repos.merge.apply(handMade, resolved);
      expect(unchecked).toBeTypeOf('function');
    });

    it('stops before writing when the automatic backup fails', async () => {
      const before = await snapshotAll(db);
      const backup = () => Promise.reject(new Error('levy täynnä'));
      await expect(repos.merge.apply(prepared, resolved, { backup })).rejects.toThrow(
        'levy täynnä',
      );
      expect(await snapshotAll(db)).toEqual(before);
    });
  });

  it('warns of a return older than one merged before, and shows the later changes as conflicts', async () => {
    const later = theirs(base);
    const newer = returnText(later, {
      returnId: uuid('ret', 2),
      returnedAt: '2026-06-05T12:00:00.000Z',
    });
    const first = await repos.merge.prepare(newer);
    if (first.status !== 'ready') throw new Error(first.status);
    await repos.merge.apply(first, {});
    const older = returnText(
      {
        ...base,
        controlActions: base.controlActions.map((row) =>
          row.id === uuid('row', 1) ? { ...row, objective: 'Vanhempi tavoite', rev: 2 } : row,
        ),
      },
      { returnId: uuid('ret', 1), returnedAt: '2026-06-01T12:00:00.000Z' },
    );
    const second = await repos.merge.prepare(older);
    expect(second).toMatchObject({
      status: 'ready',
      warnings: [{ key: 'merge.warnings.olderReturn' }],
      plan: { counts: { conflicts: 1 } },
    });
  });
});
