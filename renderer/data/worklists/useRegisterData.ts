import type { Unit } from '../../../shared/domain/unit';
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
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
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

export type ActionRegisterData = RegisterUnits & { rows: ActionRegisterRow[] };

/**
 * One year's control actions of every unit, read by the `year` index, with the units for
 * their places. The rows, with their search text, are built once per change of the data;
 * every keystroke after that filters them in memory.
 */
export const useActionRegisterData = (year: number | null, today: string) => {
  return useScopedLiveQuery(
    async (db): Promise<ActionRegisterData | undefined> => {
      if (year === null) return undefined;
      const [units, actions] = await Promise.all([
        db.units.toArray(),
        db.controlActions.where('year').equals(year).toArray(),
      ]);
      const scope = registerUnits(units);
      return { ...scope, rows: buildActionRows(actions, scope.places, today) };
    },
    [year, today],
  );
};

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
