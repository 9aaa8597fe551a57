import type { ActionStatus, ControlAction } from '../domain/control-action';
import { ACTION_STATUSES, actionInputSchema } from '../domain/control-action';
import type { PlanYear } from '../domain/plan-year';
import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import { LANGUAGE_CODES } from '../dates';
import type { ImportState, PlanOptions } from './action-import-plan';
import type { Headings } from './import-header';

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
  kindsById: Map<string, TableKind>;
  /** Kinds by their id and their names in fi, sv and en, in lower case (a name may be shared). */
  kindsByWord: Map<string, TableKind[]>;
  /** Every kind's headings of the three text columns, in every language. */
  kindHeadings: Headings[];
  /** A year's priorities by their name in lower case. */
  prioritiesOf: (year: number) => Map<string, StrategyPriority>;
};

/** Names compare case-blind and with runs of spaces as one, as people retype them. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

const indexKinds = (kinds: readonly TableKind[]) => {
  const kindsByWord = new Map<string, TableKind[]>();
  for (const kind of kinds) {
    const words = new Set([kind.id, ...LANGUAGE_CODES.map((code) => kind.labels[code].name)]);
    for (const word of [...words].map(nameKey)) {
      const list = kindsByWord.get(word) ?? [];
      if (!list.includes(kind)) kindsByWord.set(word, [...list, kind]);
    }
  }
  const kindHeadings = kinds.flatMap((kind) =>
    LANGUAGE_CODES.map((code) => {
      const { objective, actions, indicator } = kind.labels[code];
      return { objective: objective.trim(), actions: actions.trim(), indicator: indicator.trim() };
    }),
  );
  return { kindsById: new Map(kinds.map((kind) => [kind.id, kind])), kindsByWord, kindHeadings };
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
  const priorities = new Map<number, Map<string, StrategyPriority>>();
  return {
    ...indexKinds(state.kinds),
    prioritiesOf: (year) => {
      const list =
        priorities.get(year) ??
        new Map(
          state.priorities
            .filter((priority) => priority.year === year)
            .map((priority) => [nameKey(priority.name), priority]),
        );
      priorities.set(year, list);
      return list;
    },
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
