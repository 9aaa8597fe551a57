import type { UnitPackage } from '../../../shared/packages/format';
import { createUnitPackage } from '../../../shared/packages/format';
import { scopeProblems } from '../../../shared/packages/package-checks';
import { emptyRecords } from '../../../shared/packages/records';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';
import type { WriteContext } from '../core/writeContext';
import { APP_VERSION } from '../../platform';
import { writeTransaction } from '../door/writeTransaction';
import {
  CONTENT_TABLES,
  findOrganisationSetting,
  readPackageSettings,
  readUnitRecords,
  unitWithAncestors,
} from './packageContents';
import { findOpenedPackage } from '../door/packageScope';

/**
 * The return package of the package open here: its scope as it is now, the base it was opened
 * from, and every audit event written since the open (the manager's own edits, a contiguous
 * piece of this database's chain that the controller can verify). The opened record notes when
 * it was returned; that note is itself an event, after the ones the return carries.
 */
export const buildReturn = async (db: ValvoDatabase, context: WriteContext): Promise<UnitPackage> =>
  // Any profile may return the package it works in; the opened record is package mode itself.
  writeTransaction(db, context, { rule: 'edit', tables: CONTENT_TABLES }, async (tx) => {
    const opened = await findOpenedPackage(db);
    if (!opened || opened.openedAfterSeq === null)
      throw new DomainError('packages.errors.noOpenedPackage');
    const { year, unitId } = opened;
    const planYear = await db.planYears.where('year').equals(year).first();
    if (!planYear) throw new DomainError('years.errors.missing', { year });
    const settings = await readPackageSettings(db);
    const organisation = findOrganisationSetting(settings);
    const records = (await readUnitRecords(db, [unitId], year)).get(unitId)!;
    const auditEvents = await db.auditEvents
      .where('seq')
      .above(opened.openedAfterSeq)
      .sortBy('seq');
    const returnedAt = context.now().toISOString();
    const pkg = createUnitPackage({
      kind: 'return',
      packageId: opened.id,
      returnId: context.newId(),
      organisation: {
        id: opened.organisationId,
        name: organisation?.value.name ?? opened.organisationId,
      },
      year,
      unitId,
      issuedTo: opened.issuedTo,
      issuedBy: opened.issuedBy,
      issuedAt: opened.issuedAt,
      returnedBy: context.actor(),
      returnedAt,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      appVersion: APP_VERSION,
      settings,
      units: unitWithAncestors(await db.units.toArray(), unitId),
      planYear,
      records,
      // An opened record stored before indicators travelled has none in its base.
      base: { ...emptyRecords(), ...opened.base },
      auditEvents,
    });
    // The scope guard keeps every write in scope; a return that still is not is refused whole.
    const [problem] = scopeProblems(pkg);
    if (problem) throw new DomainError(problem.message);
    await tx.update('unitPackage', opened, { returnedAt }, 'update');
    return pkg;
  });
