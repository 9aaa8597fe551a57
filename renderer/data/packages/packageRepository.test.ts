import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { UnitPackage } from '../../../shared/packages/format';
import { packageBaseHash, serializeUnitPackage } from '../../../shared/packages/format';
import { auditSegmentProblems } from '../../../shared/packages/package-checks';
import { readSetting } from '../settings/settingsRepository';
import { readPackageText } from './packageFiles';
import { createPackageRepository } from './packageRepository';
import type { Side } from './packageTestSupport';
import {
  blankRow,
  controllerSide,
  managerSide,
  readBack,
  snapshot,
  unitIdByName,
} from './packageTestSupport';

const COMMUNICATIONS = 'Viestintä ja markkinointi';
const ADMINISTRATION = 'Hallintopalvelut';

describe('issuing unit packages (controller)', () => {
  let controller: Side;
  beforeEach(async () => {
    controller = await controllerSide();
  });

  it("builds one package per unit with the unit's rows, risks and assessments and their base", async () => {
    const { db, repos } = controller;
    const communications = await unitIdByName(db, COMMUNICATIONS);
    const administration = await unitIdByName(db, ADMINISTRATION);
    const [row] = await db.controlActions.where('unitId').equals(communications).toArray();
    await repos.actions.softDelete(row!.id);
    const eventsBefore = await db.auditEvents.count();

    const packages = await repos.packages.issue({
      year: 2026,
      units: [
        { unitId: communications, issuedTo: 'Eero Esihenkilö' },
        { unitId: administration, issuedTo: 'Anna Alanen' },
      ],
    });

    expect(packages.map((pkg) => [pkg.kind, pkg.unitId, pkg.issuedTo])).toEqual([
      ['issue', communications, 'Eero Esihenkilö'],
      ['issue', administration, 'Anna Alanen'],
    ]);
    const [pkg] = packages;
    const organisation = (await db.settings.where('key').equals('organisation').first())!;
    expect(pkg!.organisation).toEqual({ id: organisation.id, name: 'Kemijärven kaupunki' });
    expect(pkg!.issuedBy).toBe('Riitta Controller');
    expect(pkg!.settings.map((setting) => setting.key).sort()).toEqual([
      'organisation',
      'riskCategories',
      'riskMatrix',
      'strategyPriorities',
    ]);
    expect(pkg!.units.map((unit) => unit.kind)).toEqual(['organisation', 'division', 'area']);
    expect(pkg!.planYear.year).toBe(2026);
    // Every row of the unit and year, the deleted one too; its risk with both assessments.
    expect(pkg!.records.controlActions).toHaveLength(
      await db.controlActions.where('unitId').equals(communications).count(),
    );
    expect(pkg!.records.controlActions.filter((item) => item.deletedAt !== null)).toHaveLength(1);
    expect(pkg!.records.risks.map((risk) => risk.unitId)).toEqual([communications]);
    expect(pkg!.records.assessments).toHaveLength(2);
    expect(pkg!.base).toEqual(pkg!.records);
    expect(pkg!.auditEvents).toEqual([]);
    // The file as written reads back whole.
    expect(readPackageText(serializeUnitPackage(pkg!), 'issue')).toEqual({ ok: true, pkg });

    const issued = await db.unitPackages.orderBy('unitId').toArray();
    expect(issued).toHaveLength(2);
    const record = issued.find((item) => item.id === pkg!.packageId)!;
    expect(record).toMatchObject({
      role: 'issued',
      organisationId: organisation.id,
      unitId: communications,
      year: 2026,
      issuedTo: 'Eero Esihenkilö',
      baseSha256: packageBaseHash(pkg!.base),
      openedAfterSeq: null,
      returnedAt: null,
    });
    expect(record.base).toEqual(pkg!.base);
    const events = await db.auditEvents.where('seq').above(eventsBefore).toArray();
    expect(events.map((event) => [event.entity, event.op])).toEqual([
      ['unitPackage', 'create'],
      ['unitPackage', 'create'],
    ]);
  });

  it('refuses bad requests and a unit manager, changing nothing', async () => {
    const { db, repos } = controller;
    const unitId = await unitIdByName(db, COMMUNICATIONS);
    const manager = await managerSide();
    // The same register, written by someone who is not a controller.
    const asManager = createPackageRepository(db, manager.context);
    const before = await snapshot(db);
    const attempts = [
      () => repos.packages.issue({ year: 2026, units: [] }),
      () => repos.packages.issue({ year: 2026, units: [{ unitId, issuedTo: '  ' }] }),
      () =>
        repos.packages.issue({
          year: 2026,
          units: [
            { unitId, issuedTo: 'A' },
            { unitId, issuedTo: 'B' },
          ],
        }),
      () => repos.packages.issue({ year: 2031, units: [{ unitId, issuedTo: 'A' }] }),
      () =>
        repos.packages.issue({
          year: 2026,
          units: [{ unitId: '00000000-0000-4000-8000-ffffffffffff', issuedTo: 'A' }],
        }),
      () => asManager.issue({ year: 2026, units: [{ unitId, issuedTo: 'A' }] }),
    ];
    const keys: unknown[] = [];
    for (const attempt of attempts) {
      keys.push(
        await attempt().then(
          () => 'written',
          (error: { key?: string }) => error.key,
        ),
      );
    }
    expect(keys).toEqual([
      'packages.errors.noUnits',
      'packages.errors.issuedToMissing',
      'packages.errors.duplicateUnit',
      'years.errors.missing',
      'errors.notFound',
      'errors.controllerOnly',
    ]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a unit package from issue to return', () => {
  let controller: Side;
  let manager: Side;
  let pkg: UnitPackage;

  beforeEach(async () => {
    controller = await controllerSide();
    manager = await managerSide();
    const unitId = await unitIdByName(controller.db, COMMUNICATIONS);
    [pkg] = (await controller.repos.packages.issue({
      year: 2026,
      units: [{ unitId, issuedTo: 'Eero Esihenkilö' }],
    })) as [UnitPackage];
  });

  it("opens in an empty Valvo as the unit's scope, keeping the profile and the ids", async () => {
    const { db, repos } = manager;
    const opened = await repos.packages.open(readBack(pkg));

    expect(await readSetting(db, 'profile')).toEqual({
      name: 'Eero Esihenkilö',
      role: 'unitManager',
    });
    const settings = await db.settings.filter((setting) => setting.key !== 'profile').toArray();
    expect(settings.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      [...pkg.settings].sort((a, b) => a.key.localeCompare(b.key)),
    );
    expect(await db.units.toArray()).toEqual(
      expect.arrayContaining(pkg.units.map((unit) => expect.objectContaining(unit))),
    );
    expect(await db.units.count()).toBe(pkg.units.length);
    expect(await db.controlActions.count()).toBe(pkg.records.controlActions.length);
    expect(await db.risks.toArray()).toEqual(pkg.records.risks);
    expect(await db.assessments.count()).toBe(2);

    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(verifyAuditChain(events).ok).toBe(true);
    expect(opened).toMatchObject({
      id: pkg.packageId,
      role: 'opened',
      unitId: pkg.unitId,
      year: 2026,
      baseSha256: packageBaseHash(pkg.base),
      openedAfterSeq: events.at(-1)!.seq,
      returnedAt: null,
    });
    const openEvents = events.filter((event) => event.op === 'import');
    // Settings, units, plan year, records (rows, their indicators, the risk and its two
    // assessments) and the opened record, each named after the package.
    expect(pkg.records.indicators?.length).toBeGreaterThan(0);
    expect(openEvents).toHaveLength(
      pkg.settings.length +
        3 +
        1 +
        pkg.records.controlActions.length +
        (pkg.records.indicators?.length ?? 0) +
        1 +
        2 +
        1,
    );
    expect(openEvents.every((event) => event.source?.includes(pkg.packageId))).toBe(true);
  });

  it('returns exactly the edits made since the open, with the base as issued', async () => {
    const { db, repos, context } = manager;
    await repos.packages.open(readBack(pkg));
    const row = pkg.records.controlActions[0]!;
    context.advance(60);
    const edited = await repos.actions.update(row.id, row.rev, {
      ...blankRow,
      objective: row.objective,
      actions: 'Päivitetty yksikössä',
      status: 'in_progress',
    });
    const added = await repos.actions.create(pkg.unitId, 2026, {
      ...blankRow,
      objective: 'Uusi rivi yksiköstä',
    });
    const editEvents = await db.auditEvents
      .where('seq')
      .above(await lastOpenSeq(manager))
      .toArray();

    context.advance(60);
    const returned = await repos.packages.buildReturn();

    expect(returned).toMatchObject({
      kind: 'return',
      packageId: pkg.packageId,
      organisation: pkg.organisation,
      unitId: pkg.unitId,
      year: 2026,
      issuedTo: 'Eero Esihenkilö',
      returnedBy: 'Eero Esihenkilö',
      returnedAt: '2026-04-01T09:00:00.000Z',
    });
    expect(returned.returnId).not.toBeNull();
    expect(returned.base).toEqual(pkg.base);
    expect(returned.records.controlActions).toContainEqual(edited);
    expect(returned.records.controlActions).toContainEqual(added);
    expect(returned.auditEvents).toEqual(editEvents);
    expect(returned.auditEvents.map((event) => [event.entityId, event.op])).toEqual([
      [row.id, 'update'],
      [added.id, 'create'],
    ]);
    expect(auditSegmentProblems(returned.auditEvents)).toEqual([]);
    const parsed = readPackageText(serializeUnitPackage(returned), 'return');
    expect(parsed.ok).toBe(true);

    const opened = (await db.unitPackages.get(pkg.packageId))!;
    expect(opened.returnedAt).toBe('2026-04-01T09:00:00.000Z');
    const last = (await db.auditEvents.orderBy('seq').last())!;
    expect([last.entity, last.op, last.changes.returnedAt]).toEqual([
      'unitPackage',
      'update',
      [null, '2026-04-01T09:00:00.000Z'],
    ]);
  });

  it('refuses to build a return where no package is open', async () => {
    await expect(controller.repos.packages.buildReturn()).rejects.toMatchObject({
      key: 'packages.errors.noOpenedPackage',
    });
  });

  it('opens a later package of the same organisation in place of the earlier one', async () => {
    const { db, repos } = manager;
    await repos.packages.open(readBack(pkg));
    const administration = await unitIdByName(controller.db, ADMINISTRATION);
    controller.context.advance(60 * 24);
    const [later] = (await controller.repos.packages.issue({
      year: 2026,
      units: [{ unitId: administration, issuedTo: 'Eero Esihenkilö' }],
    })) as [UnitPackage];

    await repos.packages.open(readBack(later));

    expect(await db.controlActions.toArray()).toEqual(later.records.controlActions);
    expect(await db.risks.toArray()).toEqual(later.records.risks);
    const records = await db.unitPackages.toArray();
    expect(
      records.map((record) => [record.id, record.role, record.deletedAt === null]).sort(),
    ).toEqual(
      [
        [pkg.packageId, 'opened', false],
        [later.packageId, 'opened', true],
      ].sort(),
    );
    expect(verifyAuditChain(await db.auditEvents.orderBy('seq').toArray()).ok).toBe(true);
    // The same package opened again starts over from its base.
    await repos.packages.open(readBack(later));
    expect(await db.unitPackages.get(later.packageId)).toMatchObject({ rev: 2, deletedAt: null });
  });
});

const lastOpenSeq = async ({ db }: Side) =>
  (await db.unitPackages.where('role').equals('opened').first())!.openedAfterSeq!;
