import { hashAuditEvent } from '../audit';
import type { AuditEvent } from '../domain/audit-event';
import type { PackageRecords, PackageTable, UnitPackage } from './format';
import { PACKAGE_TABLES } from './format';

export type PackageProblem = { path: string; message: string };

type Section = 'records' | 'base';

const idsOf = (records: PackageRecords, table: PackageTable) =>
  new Set(records[table].map((record) => record.id));

/** Duplicate ids in one table of one section: a merge needs one version per record. */
const duplicateProblems = (pkg: UnitPackage, section: Section): PackageProblem[] => {
  const problems: PackageProblem[] = [];
  for (const table of PACKAGE_TABLES) {
    const seen = new Set<string>();
    pkg[section][table].forEach((record, index) => {
      if (seen.has(record.id))
        problems.push({
          path: `${section}.${table}[${index}].id`,
          message: 'packages.errors.duplicateId',
        });
      seen.add(record.id);
    });
  }
  return problems;
};

/**
 * Records of another unit or year, assessments of a risk and indicators of a row the package
 * does not carry. A returned record may name a risk of the base only if the return dropped that
 * risk; rows are never dropped (a deleted row travels as a tombstone), but the same holds.
 */
const recordScopeProblems = (pkg: UnitPackage, section: Section): PackageProblem[] => {
  const problems: PackageProblem[] = [];
  const outside = (table: PackageTable, index: number, field: string) =>
    problems.push({
      path: `${section}.${table}[${index}].${field}`,
      message: 'packages.errors.outsideScope',
    });
  const records = pkg[section];
  records.controlActions.forEach((row, index) => {
    if (row.unitId !== pkg.unitId) outside('controlActions', index, 'unitId');
    else if (row.year !== pkg.year) outside('controlActions', index, 'year');
  });
  const rowIds = idsOf(records, 'controlActions');
  if (section === 'records') for (const id of idsOf(pkg.base, 'controlActions')) rowIds.add(id);
  records.indicators.forEach((indicator, index) => {
    if (indicator.unitId !== pkg.unitId) outside('indicators', index, 'unitId');
    else if (indicator.year !== pkg.year) outside('indicators', index, 'year');
    else if (!rowIds.has(indicator.actionId)) outside('indicators', index, 'actionId');
  });
  records.risks.forEach((risk, index) => {
    if (risk.unitId !== pkg.unitId) outside('risks', index, 'unitId');
  });
  const riskIds = idsOf(records, 'risks');
  if (section === 'records') for (const id of idsOf(pkg.base, 'risks')) riskIds.add(id);
  records.assessments.forEach((assessment, index) => {
    if (!riskIds.has(assessment.riskId)) outside('assessments', index, 'riskId');
  });
  return problems;
};

/** An issued package carries exactly the records of its base; a return may add records. */
const baseProblems = (pkg: UnitPackage): PackageProblem[] => {
  if (pkg.kind !== 'issue') return [];
  const problems: PackageProblem[] = [];
  for (const table of PACKAGE_TABLES) {
    const baseIds = idsOf(pkg.base, table);
    const recordIds = idsOf(pkg.records, table);
    pkg.records[table].forEach((record, index) => {
      if (!baseIds.has(record.id))
        problems.push({
          path: `records.${table}[${index}]`,
          message: 'packages.errors.baseMismatch',
        });
    });
    pkg.base[table].forEach((record, index) => {
      if (!recordIds.has(record.id))
        problems.push({ path: `base.${table}[${index}]`, message: 'packages.errors.baseMismatch' });
    });
  }
  return problems;
};

/** What a package claims about its scope must hold for every record it carries. */
export const scopeProblems = (pkg: UnitPackage): PackageProblem[] => {
  const problems: PackageProblem[] = [];
  if (!pkg.units.some((unit) => unit.id === pkg.unitId))
    problems.push({ path: 'units', message: 'packages.errors.unitMissing' });
  if (pkg.planYear.year !== pkg.year)
    problems.push({ path: 'planYear.year', message: 'packages.errors.outsideScope' });
  for (const section of ['records', 'base'] as const) {
    problems.push(...duplicateProblems(pkg, section), ...recordScopeProblems(pkg, section));
  }
  problems.push(...baseProblems(pkg));
  return problems;
};

/**
 * The unit's audit events are a piece cut out of its chain: the first event's predecessor is
 * not in the file, but every hash must be right and every event must follow the one before.
 * Names the first event where this does not hold.
 */
export const auditSegmentProblems = (events: readonly AuditEvent[]): PackageProblem[] => {
  let previous: AuditEvent | null = null;
  for (const [index, event] of events.entries()) {
    const { hash, prevHash, ...rest } = event;
    const isLinked =
      previous === null || (event.seq === previous.seq + 1 && prevHash === previous.hash);
    if (!isLinked || hashAuditEvent(rest, prevHash) !== hash)
      return [{ path: `auditEvents[${index}]`, message: 'packages.errors.badAuditChain' }];
    previous = event;
  }
  return [];
};
