import type { ActionStatus, ControlAction } from '../domain/control-action';
import { ACTION_STATUSES, actionInputSchema } from '../domain/control-action';
import type { PlanYear } from '../domain/plan-year';
import type { Unit } from '../domain/unit';
import type { ImportState, PlanOptions } from './action-import-plan';

/** The register as the checks look things up: by name, by id, by year, by status word. */
export type StateIndex = {
  /** Live units by their exact name (two units may share one: the row is then ambiguous). */
  unitsByName: Map<string, Unit[]>;
  unitsById: Map<string, Unit>;
  planYears: Map<number, PlanYear>;
  /** Rows of the scope's units, deleted ones included. */
  actionsById: Map<string, ControlAction>;
  /** The export's Finnish status words, in lower case. */
  statusWords: Map<string, ActionStatus>;
  /** The same words as the export writes them, for the message that lists them. */
  wordList: string;
  isClosed: (year: number) => boolean;
  /** The row form's schema for a year (the deadline must fall in it), made once a year. */
  schemaFor: (year: number) => ReturnType<typeof actionInputSchema>;
};

export const indexState = (state: ImportState, { t }: PlanOptions): StateIndex => {
  const unitsByName = new Map<string, Unit[]>();
  const unitsById = new Map<string, Unit>();
  for (const unit of state.units) {
    if (unit.deletedAt !== null) continue;
    unitsById.set(unit.id, unit);
    unitsByName.set(unit.name, [...(unitsByName.get(unit.name) ?? []), unit]);
  }
  const planYears = new Map(
    state.planYears.filter((item) => item.deletedAt === null).map((item) => [item.year, item]),
  );
  const actionsById = new Map(
    state.actions.filter((action) => unitsById.has(action.unitId)).map((a) => [a.id, a]),
  );
  const statusWords = new Map(
    ACTION_STATUSES.map((status) => [
      t(`actions.statuses.${status}`).toLocaleLowerCase('fi'),
      status,
    ]),
  );
  const wordList = ACTION_STATUSES.map((status) => t(`actions.statuses.${status}`)).join(', ');
  const schemas = new Map<number, ReturnType<typeof actionInputSchema>>();
  return {
    unitsByName,
    unitsById,
    planYears,
    actionsById,
    statusWords,
    wordList,
    isClosed: (year) => planYears.get(year)?.status === 'closed',
    schemaFor: (year) => {
      const schema = schemas.get(year) ?? actionInputSchema(year);
      schemas.set(year, schema);
      return schema;
    },
  };
};
