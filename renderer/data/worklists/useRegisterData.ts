import type { TableKind } from '../../../shared/domain/table-kind';
import type { Unit } from '../../../shared/domain/unit';
import type { IndicatorSummary } from '../../../shared/worklists/register-indicators';
import { summariseIndicators } from '../../../shared/worklists/register-indicators';
import type {
  ActionRegisterRow,
  RiskRegisterRow,
  UnitPlace,
} from '../../../shared/worklists/register-rows';
import {
  buildActionRows,
  buildRiskRows,
  unitPlaces,
} from '../../../shared/worklists/register-rows';
import type { KnownValues } from '../../../shared/worklists/register-view';
import type { ValvoDatabase } from '../core/database';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readTableKinds } from '../goals/goalSettings';
import { readCategories, readMatrix } from '../risks/riskSettings';

/** The units a register filters by: live units, their places, and the ids the URL may name. */
export type RegisterUnits = {
  units: Unit[];
  places: Map<string, UnitPlace>;
  known: KnownValues;
};

export const registerUnits = (all: readonly Unit[]): RegisterUnits => {
  const units = all.filter((unit) => unit.deletedAt === null);
  const idsOf = (kind: Unit['kind']) =>
    new Set(units.filter((unit) => unit.kind === kind).map((unit) => unit.id));
  return {
    units,
    places: unitPlaces(units),
    known: {
      divisions: idsOf('division'),
      areas: idsOf('area'),
      units: new Set(units.map((unit) => unit.id)),
    },
  };
};

export type ActionRegisterData = RegisterUnits & {
  rows: ActionRegisterRow[];
  /** The organisation's table kinds in the budget's order (the kind filter offers these). */
  kinds: TableKind[];
};

/** Each kind id's place in the organisation's order, for sorting rows by their kind. */
export const kindOrderOf = (kinds: readonly TableKind[]) =>
  new Map(kinds.map((kind, index) => [kind.id, index]));

/**
 * One year's control actions of every unit, read by the `year` index, with the units for
 * their places and the table kinds. The rows, with their search text, are built once per
 * change of the data; every keystroke after that filters them in memory.
 */
export const readActionRegisterData = async (
  db: ValvoDatabase,
  year: number,
  today: string,
): Promise<ActionRegisterData> => {
  const [units, actions, kinds] = await Promise.all([
    db.units.toArray(),
    db.controlActions.where('year').equals(year).toArray(),
    readTableKinds(db),
  ]);
  const scope = registerUnits(units);
  return {
    ...scope,
    known: { ...scope.known, kinds: new Set(kinds.map((kind) => kind.id)) },
    rows: buildActionRows(actions, scope.places, today, kindOrderOf(kinds)),
    kinds,
  };
};

/** The year's register, live; undefined until read (and while `year` is null). */
export const useActionRegisterData = (year: number | null, today: string) =>
  useScopedLiveQuery(
    async (db) => (year === null ? undefined : readActionRegisterData(db, year, today)),
    [year, today],
  );

/** A year's indicators of every unit in one read by the `year` index, grouped by their row. */
export const readRegisterIndicators = async (
  db: ValvoDatabase,
  year: number,
): Promise<Map<string, IndicatorSummary>> =>
  summariseIndicators(await db.indicators.where('year').equals(year).toArray());

/**
 * The year's indicators for the register's indicator columns, read only once `isWanted`
 * (the screen asks after its rows are read): IndexedDB answers one request after another, so
 * asking at once would hold the rows back behind a read as large as theirs.
 */
export const useRegisterIndicators = (year: number | null, isWanted: boolean) =>
  useScopedLiveQuery(
    async (db) => (year === null || !isWanted ? undefined : readRegisterIndicators(db, year)),
    [year, isWanted],
  );

export type RiskRegisterData = RegisterUnits & {
  rows: RiskRegisterRow[];
  categories: { id: string; name: string }[];
  bands: { id: string; name: string }[];
};

/**
 * Every live risk with its current level (residual, else inherent, on today's matrix). Risks
 * belong to no year, so the register is the whole set; assessments are grouped once per load.
 */
export const useRiskRegisterData = () => {
  return useScopedLiveQuery(async (db): Promise<RiskRegisterData> => {
    const [units, risks, assessments, matrix, categories] = await Promise.all([
      db.units.toArray(),
      db.risks.toArray(),
      db.assessments.toArray(),
      readMatrix(db),
      readCategories(db),
    ]);
    const scope = registerUnits(units);
    return {
      ...scope,
      known: {
        ...scope.known,
        categories: new Set(categories.map((category) => category.id)),
        levels: new Set(matrix.bands.map((band) => band.id)),
      },
      rows: buildRiskRows(risks, assessments, scope.places, matrix, categories),
      categories,
      bands: matrix.bands.map(({ id, name }) => ({ id, name })),
    };
  }, []);
};
