import { z } from 'zod';
import type { UnitPackage } from '../../../shared/packages/format';
import { createUnitPackage, packageBaseHash } from '../../../shared/packages/format';
import { TEXT_LIMITS } from '../../../shared/validation';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';
import type { WriteContext } from '../core/writeContext';
import { freshMeta } from '../core/writeContext';
import { APP_VERSION } from '../../platform';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import {
  CONTENT_TABLES,
  findOrganisationSetting,
  readPackageSettings,
  readUnitRecords,
  unitWithAncestors,
} from './packageContents';
export { auditedPackageRecord } from '../door/entities';

export const IssueRequestSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  units: z.array(
    z.object({
      unitId: z.uuid(),
      issuedTo: z.string().trim().max(TEXT_LIMITS.person),
    }),
  ),
});
export type IssueRequest = z.input<typeof IssueRequestSchema>;
export type IssueProgress = { done: number; total: number };

/**
 * The controller's unit packages for a year: one per unit with its rows, risks and assessments
 * (deleted ones too), the organisation's settings, the unit's place in the tree and the plan
 * year. Each is recorded as `issued` with its base, all in one transaction with the audit events.
 */
export const issuePackages = async (
  db: ValvoDatabase,
  context: WriteContext,
  request: IssueRequest,
  onProgress: (progress: IssueProgress) => void = () => undefined,
): Promise<UnitPackage[]> => {
  assertRole('controller', context);
  const parsed = IssueRequestSchema.safeParse(request);
  if (!parsed.success) throw new DomainError('errors.invalidInput');
  const { year, units: requested } = parsed.data;
  if (requested.length === 0) throw new DomainError('packages.errors.noUnits');
  if (new Set(requested.map((item) => item.unitId)).size !== requested.length)
    throw new DomainError('packages.errors.duplicateUnit');
  return writeTransaction(
    db,
    context,
    { rule: 'controller', tables: CONTENT_TABLES },
    async (tx) => {
      await tx.check([{ kind: 'organisation' }]);
      const planYear = await tx.requireYear(year);
      await tx.check([{ kind: 'organisation', year }]);
      const settings = await readPackageSettings(db);
      const organisation = findOrganisationSetting(settings);
      if (!organisation) throw new DomainError('packages.errors.noOrganisation');
      const allUnits = await db.units.toArray();
      const byId = new Map(allUnits.map((unit) => [unit.id, unit]));
      for (const item of requested) {
        const unit = byId.get(item.unitId);
        if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
        if (item.issuedTo === '')
          throw new DomainError('packages.errors.issuedToMissing', { unit: unit.name });
      }
      const contents = await readUnitRecords(
        db,
        requested.map((item) => item.unitId),
        year,
      );
      const issuedAt = context.now().toISOString();
      const packages: UnitPackage[] = [];
      const records = [];
      for (const [index, item] of requested.entries()) {
        const base = contents.get(item.unitId)!;
        const packageId = context.newId();
        const header = {
          packageId,
          organisationId: organisation.id,
          unitId: item.unitId,
          year,
          issuedTo: item.issuedTo,
          issuedBy: context.actor(),
          issuedAt,
        };
        packages.push(
          createUnitPackage({
            kind: 'issue',
            packageId,
            returnId: null,
            organisation: { id: organisation.id, name: organisation.value.name },
            year,
            unitId: item.unitId,
            issuedTo: header.issuedTo,
            issuedBy: header.issuedBy,
            issuedAt,
            returnedBy: null,
            returnedAt: null,
            schemaVersion: CURRENT_SCHEMA_VERSION,
            appVersion: APP_VERSION,
            settings,
            units: unitWithAncestors(allUnits, item.unitId),
            planYear,
            records: base,
            base,
            auditEvents: [],
          }),
        );
        const { packageId: id, ...fields } = header;
        const record = {
          ...freshMeta(context),
          id,
          role: 'issued' as const,
          ...fields,
          baseSha256: packageBaseHash(base),
          openedAfterSeq: null,
          base,
          returnedAt: null,
        };
        records.push({ before: null, after: record, op: 'create' as const });
        onProgress({ done: index + 1, total: requested.length });
      }
      await tx.write('unitPackage', records);
      return packages;
    },
  );
};
