import type { ActionStatus, ControlAction } from './domain/control-action';
import { FINAL_ACTION_STATUSES } from './domain/control-action';
import type { IsoDate } from './dates';
import { daysBetween } from './dates';

type Deadlined = Pick<ControlAction, 'deadline' | 'status'>;

export const isFinalStatus = (status: ActionStatus): boolean =>
  FINAL_ACTION_STATUSES.includes(status);

/** Overdue is derived, never stored: the deadline has passed and the row has not reached a final status. */
export const isOverdue = (action: Deadlined, today: IsoDate): boolean =>
  action.deadline !== null && action.deadline < today && !isFinalStatus(action.status);

/** Open rows whose deadline falls within the next `days` days, today included. */
export const isDueSoon = (action: Deadlined, today: IsoDate, days = 30): boolean => {
  if (action.deadline === null || isFinalStatus(action.status)) return false;
  const left = daysBetween(today, action.deadline);
  return left >= 0 && left <= days;
};

export type TrafficLight = 'green' | 'yellow' | 'red' | 'grey';

/** The report colours of domain.md: green done, yellow under way, red failed or late, grey not begun. */
export const trafficLight = (action: Deadlined, today: IsoDate): TrafficLight => {
  if (action.status === 'done') return 'green';
  if (action.status === 'not_done' || isOverdue(action, today)) return 'red';
  if (action.status === 'partly_done' || action.status === 'in_progress') return 'yellow';
  if (action.status === 'postponed') return 'yellow';
  return 'grey';
};
