import { describe, expect, it } from 'vitest';
import type { UnitPackage } from './format';
import { createUnitPackage, packageContentHash, serializeUnitPackage } from './format';
import { parseUnitPackage } from './parse';
import {
  OTHER_UNIT,
  YEAR,
  buildPackage,
  records,
  unitIndicator,
  unitRow,
  uuid,
} from './packages.test-support';

const parse = (text: string) => parseUnitPackage(text, { knownSchemaVersion: 4 });
const goalRow = unitRow(1, { kindId: 'otherGoal' });

/** A package as format 1 wrote it: no indicators anywhere, hashed as it was then. */
const formatOneText = () => {
  const pkg: Partial<UnitPackage> = buildPackage({ schemaVersion: 4 });
  delete pkg.contentSha256;
  const strip = ({ indicators: _none, ...rest }: UnitPackage['base']) => rest;
  const body = { ...pkg, formatVersion: 1, records: strip(pkg.records!), base: strip(pkg.base!) };
  const text = JSON.stringify({ ...body, contentSha256: packageContentHash(body as never) });
  expect(text).not.toContain('indicators');
  return text;
};

describe('parseUnitPackage: indicators', () => {
  it('still reads a format 1 package, as one without indicators', () => {
    const read = parse(formatOneText());
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.pkg.formatVersion).toBe(1);
      expect(read.pkg.records.indicators).toEqual([]);
      expect(read.pkg.base.indicators).toEqual([]);
    }
  });

  it('reads a package that carries its rows with their indicators', () => {
    const base = records({ controlActions: [goalRow], indicators: [unitIndicator(1, goalRow.id)] });
    const pkg = buildPackage({ schemaVersion: 4, base, records: base });
    expect(parse(serializeUnitPackage(pkg))).toEqual({ ok: true, pkg });
  });

  it('refuses an indicator of another unit or year, or of a row the package does not carry', () => {
    const base = records({
      controlActions: [goalRow],
      indicators: [
        unitIndicator(1, goalRow.id, { unitId: OTHER_UNIT }),
        unitIndicator(2, goalRow.id, { year: YEAR + 1 }),
        unitIndicator(3, uuid('row', 99)),
      ],
    });
    const body: Partial<UnitPackage> = { ...buildPackage(), schemaVersion: 4, base, records: base };
    delete body.format;
    delete body.formatVersion;
    delete body.contentSha256;
    const text = serializeUnitPackage(createUnitPackage(body as never));
    const read = parse(text);
    expect(read.ok ? [] : read.problems).toEqual(
      ['records', 'base'].flatMap((section) => [
        { path: `${section}.indicators[0].unitId`, message: 'packages.errors.outsideScope' },
        { path: `${section}.indicators[1].year`, message: 'packages.errors.outsideScope' },
        { path: `${section}.indicators[2].actionId`, message: 'packages.errors.outsideScope' },
      ]),
    );
  });
});
