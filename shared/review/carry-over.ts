import type { IsoDate } from '../dates';
import { isIsoDate } from '../dates';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import type { RecordMeta } from '../domain/record';

/** Actions that end the year in these statuses continue next year without being picked. */
export const CARRY_OVER_STATUSES = [
  'postponed',
  'not_done',
] as const satisfies readonly ActionStatus[];

export type CarryOverInput = {
  fromYear: number;
  toYear: number;
  /** Every action of the register, any year; the plan looks only at what it needs. */
  rows: ControlAction[];
  /** Ids of further actions of fromYear the controller chose to continue. */
  picked: string[];
};

export type CarryOverPlan = {
  /** Source actions that need a new action in toYear, in the order of `rows`. */
  toCopy: ControlAction[];
  /** Source actions that already have a live action in toYear carried from them: merged, never copied again. */
  alreadyCarried: ControlAction[];
  /** Picked ids that are not live actions of fromYear, each once, in the order picked. */
  ignored: string[];
};

/** A new action's fields; the repository adds the record meta and places it after the unit's actions (sortOrder). */
export type CarriedAction = Omit<ControlAction, keyof RecordMeta | 'sortOrder'>;

/** Whether an action of this status continues into the next year without being picked. */
export const isCarriedAutomatically = (status: ActionStatus): boolean =>
  (CARRY_OVER_STATUSES as readonly ActionStatus[]).includes(status);

/**
 * Which actions of fromYear continue in toYear: the postponed and not-done actions, and the ones the
 * controller picked. Running the plan again after it has been applied copies nothing, because a
 * source with a live continuation in toYear is reported as already carried.
 */
export const planCarryOver = (input: CarryOverInput): CarryOverPlan => {
  const sources = input.rows.filter(
    (action) => action.deletedAt === null && action.year === input.fromYear,
  );
  const sourceIds = new Set(sources.map((action) => action.id));
  const picked = new Set(input.picked);
  const carried = new Set(
    input.rows
      .filter(
        (action) =>
          action.deletedAt === null &&
          action.year === input.toYear &&
          action.carriedFromId !== null,
      )
      .map((action) => action.carriedFromId),
  );
  const seen = new Set<string>();
  const candidates = sources.filter((action) => {
    if (seen.has(action.id) || !(isCarriedAutomatically(action.status) || picked.has(action.id)))
      return false;
    seen.add(action.id);
    return true;
  });
  return {
    toCopy: candidates.filter((action) => !carried.has(action.id)),
    alreadyCarried: candidates.filter((action) => carried.has(action.id)),
    ignored: [...picked].filter((id) => !sourceIds.has(id)),
  };
};

/** The same month and day in another year; 29 February becomes 28 February in a common year. */
export const moveDateToYear = (date: IsoDate, year: number): IsoDate => {
  const moved = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  return isIsoDate(moved) ? moved : `${String(year).padStart(4, '0')}-02-28`;
};

/** The continuation of `source` in toYear: the plan as written, the progress and outcome left behind. */
export const carriedAction = (source: ControlAction, toYear: number): CarriedAction => ({
  year: toYear,
  unitId: source.unitId,
  objective: source.objective,
  actions: source.actions,
  indicator: source.indicator,
  owner: source.owner,
  deadline: source.deadline === null ? null : moveDateToYear(source.deadline, toYear),
  status: 'not_started',
  notes: [],
  outcome: null,
  riskIds: [...source.riskIds],
  carriedFromId: source.id,
  kindId: source.kindId,
  priorityId: source.priorityId,
  judgementOverride: null,
});
