/** A controller's register with one issued package, and returns of it: for the merge tests only. */
import type { Setting } from '../../../shared/domain/settings';
import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import type { PackageRecords, UnitPackage } from '../../../shared/packages/format';
import { packageBaseHash, serializeUnitPackage } from '../../../shared/packages/format';
import {
  CITY,
  OTHER_UNIT,
  UNIT,
  YEAR,
  buildPackage,
  records,
  riskAssessment,
  unitRisk,
  unitRow,
  uuid,
} from '../../../shared/packages/packages.test-support';
import { row, unit } from '../../../shared/review/review.test-support';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';

export { CITY, OTHER_UNIT, UNIT, YEAR, uuid };
export const PACKAGE_ID = uuid('pkg');
export const RETURN_ID = uuid('ret');
export const ISSUED_AT = '2026-01-15T08:00:00.000Z';

const meta = (id: string) => ({
  id,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 'Controller',
  rev: 1,
  deletedAt: null,
});

/** Rows 1–5, one risk with one assessment: the unit's records as the package was issued. */
export const issuedBase = (): PackageRecords => {
  const risk = unitRisk(1);
  return records({
    controlActions: [1, 2, 3, 4, 5].map((n) => unitRow(n, { sortOrder: n })),
    risks: [risk],
    assessments: [riskAssessment(1, risk.id)],
  });
};

/** Every table, to show that a refused package changed nothing. */
export const snapshotAll = async (db: ValvoDatabase) =>
  Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
  );

/**
 * The controller's register: the organisation (id CITY), the city and two units, the open year,
 * the issued base as stored records, another unit's row, and the `issued` package record.
 */
export const setupRegister = async () => {
  const db = openTestDatabase();
  const context = testContext('Controller', '2026-06-10T08:00:00.000Z');
  const repos = createRepositories(db, context);
  const base = issuedBase();
  const organisation: Setting = {
    ...meta(CITY),
    key: 'organisation',
    value: { name: 'Esimerkkilä', currentYear: YEAR, isExample: false },
  };
  await db.settings.add(organisation);
  await db.units.bulkAdd([
    unit(uuid('root'), null, 'organisation', { name: 'Esimerkkilä' }),
    unit(UNIT, uuid('root'), 'division', { name: 'Sivistystoimi' }),
    unit(OTHER_UNIT, uuid('root'), 'division', { name: 'Tekninen toimi' }),
  ]);
  await db.planYears.add({
    ...meta(uuid('year', YEAR)),
    year: YEAR,
    status: 'active',
    closedAt: null,
    closedBy: null,
    reopenReason: null,
  });
  await db.controlActions.bulkAdd([
    ...base.controlActions,
    row(uuid('row', 90), OTHER_UNIT, YEAR, 'not_started'),
  ]);
  await db.risks.bulkAdd(base.risks);
  await db.assessments.bulkAdd(base.assessments);
  const issued: UnitPackageRecord = {
    ...meta(PACKAGE_ID),
    role: 'issued',
    organisationId: CITY,
    unitId: UNIT,
    year: YEAR,
    issuedTo: 'Yksikön esihenkilö',
    issuedBy: 'Controller',
    issuedAt: ISSUED_AT,
    baseSha256: packageBaseHash(base),
    openedAfterSeq: null,
    base,
    returnedAt: null,
  };
  await db.unitPackages.add(issued);
  return { db, context, repos, base };
};

/** The return file: the unit's records as `theirs`, the issued base unless told otherwise. */
export const returnPackage = (
  theirs: PackageRecords,
  extra: NonNullable<Parameters<typeof buildPackage>[0]> = {},
): UnitPackage =>
  buildPackage({
    kind: 'return',
    packageId: PACKAGE_ID,
    returnId: RETURN_ID,
    issuedAt: ISSUED_AT,
    returnedAt: '2026-06-01T12:00:00.000Z',
    base: issuedBase(),
    records: theirs,
    ...extra,
  });

export const returnText = (
  theirs: PackageRecords,
  extra: NonNullable<Parameters<typeof buildPackage>[0]> = {},
) => serializeUnitPackage(returnPackage(theirs, extra));
