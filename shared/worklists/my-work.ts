import { addDays, format } from 'date-fns';
import type { IsoDate } from '../dates';
import { isDueSoon, isFinalStatus, isOverdue } from '../deadlines';
import type { ControlAction } from '../domain/control-action';
import type { Assessment, Risk } from '../domain/risk';
import { INTERNAL_CONTROL_KIND_ID } from '../domain/table-kind';
import type { Unit } from '../domain/unit';
import type { ReviewReason } from '../risk-analysis';
import { reviewReason } from '../risk-analysis';

/** The "due soon" window of the home view: today and the next 30 days. */
export const DUE_SOON_DAYS = 30;

/**
 * Whether a name typed in a record (owner, manager) is the profile's: people type names with
 * stray spaces and varying case, so both are trimmed and compared case-insensitively.
 */
export const isSamePerson = (a: string, b: string): boolean => {
  const left = a.trim().toLocaleLowerCase('fi');
  return left !== '' && left === b.trim().toLocaleLowerCase('fi');
};

type WorkAction = Pick<ControlAction, 'id' | 'deadline' | 'status' | 'deletedAt' | 'year'>;

export type MyWork<R> = { overdue: R[]; dueSoon: R[] };

const byDeadline = <R extends WorkAction>(a: R, b: R) =>
  (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.id.localeCompare(b.id);

/**
 * The actions of `year` that are overdue (deadline passed, status not final) and those due within
 * `days` days (today included), each by deadline. The two lists never share an action: an action due
 * today is due soon, not overdue. Deleted actions and actions of other years are left out.
 */
export const selectMyWork = <R extends WorkAction>(
  actions: readonly R[],
  year: number,
  today: IsoDate,
  days = DUE_SOON_DAYS,
): MyWork<R> => {
  const live = actions.filter((action) => action.deletedAt === null && action.year === year);
  return {
    overdue: live.filter((action) => isOverdue(action, today)).sort(byDeadline),
    dueSoon: live.filter((action) => isDueSoon(action, today, days)).sort(byDeadline),
  };
};

/**
 * Whether Omat names each listed row's table: not while every row is internal control (as in a
 * city that follows only that), but as soon as a goal row is among them.
 */
export const showsKinds = (rows: readonly Pick<ControlAction, 'kindId'>[]): boolean =>
  rows.some((row) => row.kindId !== INTERNAL_CONTROL_KIND_ID);

/** The last day of the due-soon window, for querying the deadline index. */
export const dueSoonEnd = (today: IsoDate, days = DUE_SOON_DAYS): IsoDate => {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  return format(addDays(new Date(year, month - 1, day, 12), days), 'yyyy-MM-dd');
};

/** Open actions of a year: the filter the city-wide counts apply after their deadline range. */
export const isOpenActionOf = (action: WorkAction, year: number): boolean =>
  action.deletedAt === null && action.year === year && !isFinalStatus(action.status);

/** The live units whose manager is the profile, by name. */
export const managedUnits = <U extends Pick<Unit, 'manager' | 'deletedAt' | 'name'>>(
  units: readonly U[],
  profileName: string,
): U[] =>
  units
    .filter((unit) => unit.deletedAt === null && isSamePerson(unit.manager, profileName))
    .sort((a, b) => a.name.localeCompare(b.name, 'fi'));

type Assessed = Pick<
  Assessment,
  'date' | 'createdAt' | 'likelihood' | 'impact' | 'scale' | 'kind' | 'deletedAt'
>;

export type RiskToReview<K> = { risk: K; reason: ReviewReason };

/**
 * The risks to assess now (the risk register's "Arvioitavat" rule), by title. Deleted risks
 * are left out; a risk appears once however it was found.
 */
export const risksToReview = <
  K extends Pick<Risk, 'id' | 'title' | 'status' | 'reviewDate' | 'deletedAt'>,
>(
  risks: readonly K[],
  assessmentsByRisk: ReadonlyMap<string, readonly Assessed[]>,
  today: IsoDate,
): RiskToReview<K>[] => {
  const seen = new Set<string>();
  const result: RiskToReview<K>[] = [];
  for (const risk of risks) {
    if (risk.deletedAt !== null || seen.has(risk.id)) continue;
    seen.add(risk.id);
    const reason = reviewReason(risk, assessmentsByRisk.get(risk.id) ?? [], today);
    if (reason) result.push({ risk, reason });
  }
  return result.sort((a, b) => a.risk.title.localeCompare(b.risk.title, 'fi'));
};
