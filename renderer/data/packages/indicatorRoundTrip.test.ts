import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import type { UnitPackage } from '../../../shared/packages/format';
import { packageContentHash, serializeUnitPackage } from '../../../shared/packages/format';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import { readPackageText } from './packageFiles';
import type { Side } from './packageTestSupport';
import {
  blankRow,
  controllerSide,
  managerSide,
  readBack,
  unitIdByName,
} from './packageTestSupport';

const COMMUNICATIONS = 'Viestintä ja markkinointi';

/**
 * A goal row with two indicators goes out in the unit's package, the manager measures and
 * judges in package mode, and the controller merges the return: indicators travel like rows.
 */
describe('unit packages: goal rows and their indicators', () => {
  let controller: Side;
  let manager: Side;
  let goal: ControlAction;
  let measured: Indicator;
  let dropped: Indicator;
  let pkg: UnitPackage;
  // The example may hold goal rows of its own: these tests look at their own row's indicators.
  const ofGoal = (indicators: readonly Indicator[]) =>
    indicators.filter((item) => item.actionId === goal.id);

  beforeEach(async () => {
    controller = await controllerSide();
    manager = await managerSide();
    const { repos } = controller;
    const unitId = await unitIdByName(controller.db, COMMUNICATIONS);
    goal = await repos.actions.create(unitId, 2026, {
      ...blankRow,
      kindId: 'otherGoal',
      objective: 'Yrittäjyys vahvistuu',
    });
    measured = await repos.indicators.add(goal.id, newBusinessesIndicator);
    dropped = await repos.indicators.add(goal.id, { ...newBusinessesIndicator, text: 'Vanha' });
    [pkg] = (await repos.packages.issue({ year: 2026, units: [{ unitId, issuedTo: 'Eero' }] })) as [
      UnitPackage,
    ];
  });

  /** The manager opens the package, measures 21, judges met, adds one indicator, drops one. */
  const returnWithMeasurements = async () => {
    const { repos } = manager;
    await repos.packages.open(readBack(pkg));
    const read = await repos.indicators.addReading(measured.id, measured.rev, {
      date: '31.5.2026',
      value: '21',
    });
    await repos.indicators.judge(measured.id, read.rev, 'met');
    await repos.indicators.softDelete(dropped.id);
    const added = await repos.indicators.add(goal.id, {
      ...newBusinessesIndicator,
      text: 'Yritysneuvontojen määrä',
    });
    return { returned: await repos.packages.buildReturn(), added };
  };

  it('issues the rows of every kind with their indicators, and opens them in package mode', async () => {
    expect(pkg.formatVersion).toBe(2);
    expect(pkg.records.controlActions).toContainEqual(goal);
    expect(ofGoal(pkg.records.indicators)).toEqual([measured, dropped]);
    expect(ofGoal(pkg.base.indicators)).toEqual([measured, dropped]);
    await manager.repos.packages.open(readBack(pkg));
    expect(ofGoal(await manager.db.indicators.toArray())).toEqual([measured, dropped]);
  });

  it('still opens a package of format 1, which carries no indicators', async () => {
    const strip = ({ indicators: _none, ...rest }: UnitPackage['base']) => rest;
    const formatOne: Partial<UnitPackage> = { ...pkg, formatVersion: 1 };
    delete formatOne.contentSha256;
    const written = { ...formatOne, records: strip(pkg.records), base: strip(pkg.base) };
    const text = JSON.stringify({
      ...written,
      contentSha256: packageContentHash(written as never),
    });
    const read = readPackageText(text, 'issue');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    await manager.repos.packages.open(read.pkg);
    expect(await manager.db.controlActions.get(goal.id)).toEqual(goal);
    expect(await manager.db.indicators.count()).toBe(0);
    const returned = await manager.repos.packages.buildReturn();
    expect(returned.base.indicators).toEqual([]);
  });

  it('carries the manager’s readings, judgement, new and deleted indicators back', async () => {
    const { returned, added } = await returnWithMeasurements();
    const byId = new Map(returned.records.indicators.map((item) => [item.id, item]));
    expect(byId.get(measured.id)).toMatchObject({
      judgement: 'met',
      values: [expect.objectContaining({ date: '2026-05-31', value: 21, by: 'Eero Esihenkilö' })],
    });
    expect(byId.get(dropped.id)?.deletedAt).not.toBeNull();
    expect(byId.get(added.id)).toEqual(added);
    expect(ofGoal(returned.base.indicators)).toEqual([measured, dropped]);
    expect(returned.auditEvents.filter((event) => event.entity === 'indicator')).toHaveLength(4);
  });

  it('merges the indicator changes field by field, with the controller deciding a conflict', async () => {
    const { returned, added } = await returnWithMeasurements();
    // Meanwhile the controller judged the same indicator otherwise.
    await controller.repos.indicators.judge(measured.id, measured.rev, 'partlyMet');
    const prepared = await controller.repos.merge.prepare(serializeUnitPackage(returned));
    if (prepared.status !== 'ready') throw new Error(JSON.stringify(prepared));
    const entries = prepared.plan.entries.filter((entry) => entry.table === 'indicators');
    expect(entries.map((entry) => [entry.id, entry.kind])).toEqual(
      expect.arrayContaining([
        [measured.id, 'conflict'],
        [dropped.id, 'theirs'],
        [added.id, 'added'],
      ]),
    );
    const conflict = entries.find((entry) => entry.id === measured.id)!;
    expect(conflict.conflicts).toEqual([
      { field: 'judgement', base: null, ours: 'partlyMet', theirs: 'met' },
    ]);
    expect(conflict.theirsFields).toEqual(['values']);

    const outcome = await controller.repos.merge.apply(prepared, {
      [`indicators:${measured.id}`]: { judgement: { choice: 'theirs' } },
    });
    expect(outcome.isRepeat).toBe(false);
    const { db } = controller;
    expect(await db.indicators.get(measured.id)).toMatchObject({
      judgement: 'met',
      values: [expect.objectContaining({ value: 21 })],
      updatedBy: 'Riitta Controller',
    });
    expect((await db.indicators.get(dropped.id))?.deletedAt).not.toBeNull();
    expect(await db.indicators.get(added.id)).toMatchObject({ text: 'Yritysneuvontojen määrä' });
    const mergeEvents = await db.auditEvents
      .filter((event) => event.entity === 'indicator' && event.op === 'merge')
      .toArray();
    expect(mergeEvents.map((event) => event.entityId).sort()).toEqual(
      [measured.id, dropped.id, added.id].sort(),
    );
  });
});
