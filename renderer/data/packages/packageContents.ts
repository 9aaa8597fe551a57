import type { Setting } from '../../../shared/domain/settings';
import type { Unit } from '../../../shared/domain/unit';
import type { PackageRecords } from '../../../shared/packages/format';
import { emptyRecords } from '../../../shared/packages/records';
import { unitPath } from '../../../shared/unit-tree';
import type { TableName, ValvoDatabase } from '../core/database';

/**
 * The settings a package carries: what a unit needs to score and name its risks, and to show its
 * rows by table kind and strategy priority as the controller names them.
 */
export const PACKAGE_SETTING_KEYS: readonly Setting['key'][] = [
  'organisation',
  'riskMatrix',
  'riskCategories',
  'tableKinds',
  'strategyPriorities',
];

/** Tables a package is read from (inside the caller's transaction). */
export const CONTENT_TABLES = [
  'settings',
  'units',
  'planYears',
  'controlActions',
  'indicators',
  'risks',
  'assessments',
] as const satisfies readonly TableName[];

export const readPackageSettings = async (db: ValvoDatabase): Promise<Setting[]> =>
  (
    await db.settings
      .where('key')
      .anyOf([...PACKAGE_SETTING_KEYS])
      .toArray()
  ).filter((setting) => setting.deletedAt === null);

/** The organisation setting, which names the organisation and gives its id to packages. */
export const findOrganisationSetting = (settings: readonly Setting[]) =>
  settings.find(
    (setting): setting is Extract<Setting, { key: 'organisation' }> =>
      setting.key === 'organisation',
  );

/** The unit and its ancestors, root first: names and the tree, never merged back. */
export const unitWithAncestors = (units: readonly Unit[], unitId: string): Unit[] =>
  unitPath(units, unitId);

const bySortOrder = (a: { sortOrder: number; id: string }, b: { sortOrder: number; id: string }) =>
  a.sortOrder - b.sortOrder || (a.id < b.id ? -1 : 1);
const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

/**
 * The records of several units for a year, read with four indexed queries: every row and every
 * indicator of the year, every risk of the units and every assessment of those risks, deleted
 * ones included (a tombstone is a change the other side must see).
 */
export const readUnitRecords = async (
  db: ValvoDatabase,
  unitIds: readonly string[],
  year: number,
): Promise<Map<string, PackageRecords>> => {
  const wanted = new Set(unitIds);
  const result = new Map<string, PackageRecords>(unitIds.map((unitId) => [unitId, emptyRecords()]));
  const rows =
    wanted.size === 1
      ? await db.controlActions.where('[unitId+year]').equals([unitIds[0]!, year]).toArray()
      : await db.controlActions.where('year').equals(year).toArray();
  for (const row of rows.sort(bySortOrder)) {
    if (wanted.has(row.unitId)) result.get(row.unitId)!.controlActions.push(row);
  }
  const indicators =
    wanted.size === 1
      ? await db.indicators.where('[unitId+year]').equals([unitIds[0]!, year]).toArray()
      : await db.indicators.where('year').equals(year).toArray();
  for (const indicator of indicators.sort(bySortOrder)) {
    if (wanted.has(indicator.unitId)) result.get(indicator.unitId)!.indicators.push(indicator);
  }
  const risks = await db.risks
    .where('unitId')
    .anyOf([...wanted])
    .toArray();
  const unitOfRisk = new Map<string, string>();
  for (const risk of risks.sort(byCreated)) {
    result.get(risk.unitId)!.risks.push(risk);
    unitOfRisk.set(risk.id, risk.unitId);
  }
  const assessments = await db.assessments
    .where('riskId')
    .anyOf([...unitOfRisk.keys()])
    .toArray();
  for (const assessment of assessments.sort(byCreated)) {
    result.get(unitOfRisk.get(assessment.riskId)!)!.assessments.push(assessment);
  }
  return result;
};
