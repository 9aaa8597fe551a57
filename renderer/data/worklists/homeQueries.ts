import { isOverdue } from '../../../shared/deadlines';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Assessment, Risk } from '../../../shared/domain/risk';
import type { TableKind } from '../../../shared/domain/table-kind';
import type { Unit } from '../../../shared/domain/unit';
import type { RiskToReview } from '../../../shared/worklists/my-work';
import {
  dueSoonEnd,
  isOpenActionOf,
  managedUnits,
  risksToReview,
  selectMyWork,
} from '../../../shared/worklists/my-work';
import type { ValvoDatabase } from '../core/database';
import { readTableKinds } from '../goals/goalSettings';

export type ManagedUnit = { unit: Unit; rows: number; overdue: number };

export type MyWorkData = {
  overdue: ControlAction[];
  dueSoon: ControlAction[];
  risks: RiskToReview<Risk>[];
  units: ManagedUnit[];
  /** Names of the units the listed rows and risks belong to. */
  unitNames: ReadonlyMap<string, string>;
  /** The organisation's table kinds, to name each listed row's table. */
  kinds: TableKind[];
};

const groupByRisk = (assessments: readonly Assessment[]) => {
  const byRisk = new Map<string, Assessment[]>();
  for (const item of assessments)
    byRisk.set(item.riskId, [...(byRisk.get(item.riskId) ?? []), item]);
  return byRisk;
};

/**
 * One person's work for a plan year, read by index: the rows they own (owner index), goals of
 * every table kind and internal control alike, the units they manage with their rows of the
 * year ([unitId+year]), and the risks they own or that belong to those units. Never the whole
 * register.
 */
export const readMyWork = async (
  db: ValvoDatabase,
  { name, year, today }: { name: string; year: number; today: string },
): Promise<MyWorkData> => {
  const person = name.trim();
  const allUnits = await db.units.toArray();
  const unitNames = new Map(allUnits.map((unit) => [unit.id, unit.name]));
  const kinds = await readTableKinds(db);
  if (person === '') return { overdue: [], dueSoon: [], risks: [], units: [], unitNames, kinds };

  const owned = await db.controlActions
    .where('owner')
    .equalsIgnoreCase(person)
    .filter((row) => row.year === year && row.deletedAt === null)
    .toArray();
  const managed = managedUnits(allUnits, person);
  const managedIds = managed.map((unit) => unit.id);
  const unitRows = await db.controlActions
    .where('[unitId+year]')
    .anyOf(managedIds.map((id) => [id, year]))
    .filter((row) => row.deletedAt === null)
    .toArray();
  const risks = [
    ...(await db.risks.where('owner').equalsIgnoreCase(person).toArray()),
    ...(await db.risks.where('unitId').anyOf(managedIds).toArray()),
  ];
  const assessments = await db.assessments
    .where('riskId')
    .anyOf(risks.map((risk) => risk.id))
    .toArray();

  return {
    ...selectMyWork(owned, year, today),
    risks: risksToReview(risks, groupByRisk(assessments), today),
    units: managed.map((unit) => {
      const rows = unitRows.filter((row) => row.unitId === unit.id);
      return {
        unit,
        rows: rows.length,
        overdue: rows.filter((row) => isOverdue(row, today)).length,
      };
    }),
    unitNames,
    kinds,
  };
};

export type CityCounts = { overdue: number; dueSoon: number };

/**
 * The whole city's overdue and due-soon rows of the year, for controllers: two ranges of the
 * deadline index (deadlines lie within their row's year), counted without building lists.
 */
export const countCityWork = async (
  db: ValvoDatabase,
  year: number,
  today: string,
): Promise<CityCounts> => {
  const isOpen = (row: ControlAction) => isOpenActionOf(row, year);
  const yearStart = `${year}-01-01`;
  const overdue =
    today > yearStart
      ? await db.controlActions
          .where('deadline')
          .between(yearStart, today, true, false)
          .filter(isOpen)
          .count()
      : 0;
  const dueSoon = await db.controlActions
    .where('deadline')
    .between(today, dueSoonEnd(today), true, true)
    .filter(isOpen)
    .count();
  return { overdue, dueSoon };
};
