import { beforeEach, describe, expect, it } from 'vitest';
import type { UnitPackage } from '../../../shared/packages/format';
import { serializeUnitPackage } from '../../../shared/packages/format';
import type { VerifiedPackage } from '../../../shared/packages/parse';
import { readPackageText } from './packageFiles';
import type { Side } from './packageTestSupport';
import {
  controllerSide,
  managerSide,
  readBack,
  rehash,
  snapshot,
  unitIdByName,
} from './packageTestSupport';

const COMMUNICATIONS = 'Viestintä ja markkinointi';

describe('packages a unit manager cannot open', () => {
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

  const refusalOf = async (side: Side, attempt: VerifiedPackage) => {
    const before = await snapshot(side.db);
    const key = await side.repos.packages.open(attempt).then(
      () => 'opened',
      (error: { key?: string }) => error.key,
    );
    expect(await snapshot(side.db)).toEqual(before);
    return key;
  };

  it('refuses a return package, a closed year and a tampered package, changing nothing', async () => {
    const returned = rehash(pkg, {
      kind: 'return',
      returnId: '00000000-0000-4000-8000-fffffffffff1',
      returnedBy: 'Eero',
      returnedAt: '2026-04-02T08:00:00.000Z',
    });
    const closed = rehash(pkg, {
      planYear: { ...pkg.planYear, status: 'closed', closedAt: pkg.issuedAt, closedBy: 'R' },
    });
    // A package not read from its file does not compile: only the reader makes a Verified one.
    // @ts-expect-error a UnitPackage is not a VerifiedPackage
    const unread = () => manager.repos.packages.open(pkg);
    expect(unread).toBeTypeOf('function');
    // The reader refuses a tampered file; one forged past the type is refused by the open too.
    const tampered = { ...readBack(pkg), issuedTo: 'Joku muu' } as VerifiedPackage;
    expect(await refusalOf(manager, readBack(returned))).toBe('packages.errors.openReturn');
    expect(await refusalOf(manager, readBack(closed))).toBe('packages.errors.closedYear');
    expect(await refusalOf(manager, tampered)).toBe('packages.errors.hashMismatch');
  });

  it('refuses a Valvo that holds a register of its own', async () => {
    expect(await refusalOf(controller, readBack(pkg))).toBe('packages.errors.ownRegister');
  });

  it('refuses a package of another organisation than the one open', async () => {
    await manager.repos.packages.open(readBack(pkg));
    const other = rehash(pkg, {
      packageId: '00000000-0000-4000-8000-fffffffffff2',
      organisation: { id: '00000000-0000-4000-8000-fffffffffff3', name: 'Rovaniemi' },
    });
    expect(await refusalOf(manager, readBack(other))).toBe('packages.errors.otherOrganisation');
  });

  it('refuses files that are not a whole, untouched package before anything is written', () => {
    const text = serializeUnitPackage(pkg);
    const messages = (input: string) => {
      const parsed = readPackageText(input, 'issue');
      return parsed.ok ? [] : parsed.problems.map((problem) => problem.message.split('?')[0]);
    };
    expect(messages(text.slice(0, -5))).toEqual(['packages.errors.notJson']);
    expect(messages(text.replace('"Eero Esihenkilö"', '"Joku muu"'))).toEqual([
      'packages.errors.hashMismatch',
    ]);
    const returned = rehash(pkg, {
      kind: 'return',
      returnId: '00000000-0000-4000-8000-fffffffffff1',
      returnedBy: 'Eero',
      returnedAt: '2026-04-02T08:00:00.000Z',
    });
    expect(messages(serializeUnitPackage(returned))).toEqual(['packages.errors.wrongKind']);
  });
});
