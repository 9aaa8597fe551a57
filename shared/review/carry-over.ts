import type { IsoDate } from '../dates';
import { isIsoDate } from '../dates';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import type { RecordMeta } from '../domain/record';

/** Rows that end the year in these statuses continue next year without being picked. */
export const CARRY_OVER_STATUSES = [
  'postponed',
  'not_done',
] as const satisfies readonly ActionStatus[];

export type CarryOverInput = {
  fromYear: number;
  toYear: number;
  /** Every row of the register, any year; the plan looks only at what it needs. */
  rows: ControlAction[];
  /** Ids of further rows of fromYear the controller chose to continue. */
  picked: string[];
};

export type CarryOverPlan = {
  /** Source rows that need a new row in toYear, in the order of `rows`. */
  toCopy: ControlAction[];
  /** Source rows that already have a live row in toYear carried from them: merged, never copied again. */
  alreadyCarried: ControlAction[];
  /** Picked ids that are not live rows of fromYear, each once, in the order picked. */
  ignored: string[];
};

/** A new row's fields; the repository adds the record meta and places it after the unit's rows (sortOrder). */
export type CarriedRow = Omit<ControlAction, keyof RecordMeta | 'sortOrder'>;

/** Whether a row of this status continues into the next year without being picked. */
export const isCarriedAutomatically = (status: ActionStatus): boolean =>
  (CARRY_OVER_STATUSES as readonly ActionStatus[]).includes(status);

/**
 * Which rows of fromYear continue in toYear: the postponed and not-done rows, and the ones the
 * controller picked. Running the plan again after it has been applied copies nothing, because a
 * source with a live continuation in toYear is reported as already carried.
 */
export const planCarryOver = (input: CarryOverInput): CarryOverPlan => {
  const sources = input.rows.filter((row) => row.deletedAt === null && row.year === input.fromYear);
  const sourceIds = new Set(sources.map((row) => row.id));
  const picked = new Set(input.picked);
  const carried = new Set(
    input.rows
      .filter(
        (row) => row.deletedAt === null && row.year === input.toYear && row.carriedFromId !== null,
      )
      .map((row) => row.carriedFromId),
  );
  const seen = new Set<string>();
  const candidates = sources.filter((row) => {
    if (seen.has(row.id) || !(isCarriedAutomatically(row.status) || picked.has(row.id))) return false;
    seen.add(row.id);
    return true;
  });
  return {
    toCopy: candidates.filter((row) => !carried.has(row.id)),
    alreadyCarried: candidates.filter((row) => carried.has(row.id)),
    ignored: [...picked].filter((id) => !sourceIds.has(id)),
  };
};

/** The same month and day in another year; 29 February becomes 28 February in a common year. */
export const moveDateToYear = (date: IsoDate, year: number): IsoDate => {
  const moved = `${String(year).padStart(4, '0')}${date.slice(4)}`;
  return isIsoDate(moved) ? moved : `${String(year).padStart(4, '0')}-02-28`;
};

/** The continuation of `source` in toYear: the plan as written, the progress and outcome left behind. */
export const carriedRow = (source: ControlAction, toYear: number): CarriedRow => ({
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
});
