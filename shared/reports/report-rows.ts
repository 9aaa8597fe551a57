import type { IsoDate } from '../dates';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import { isOverdue, trafficLight } from '../deadlines';
import type { TrafficLight } from '../deadlines';

export type StatusCounts = Record<ActionStatus, number> & {
  planned: number;
  overdue: number;
  withoutOutcome: number;
};

export type ReportRow = Pick<
  ControlAction,
  'id' | 'objective' | 'actions' | 'indicator' | 'owner' | 'deadline' | 'status'
> & {
  light: TrafficLight;
  isOverdue: boolean;
  /** The realised outcome if recorded, else the latest progress note, else null. */
  latest: { date: IsoDate | null; text: string; isOutcome: boolean } | null;
};

const emptyCounts = (): StatusCounts => ({
  planned: 0,
  not_started: 0,
  in_progress: 0,
  done: 0,
  partly_done: 0,
  not_done: 0,
  postponed: 0,
  cancelled: 0,
  overdue: 0,
  withoutOutcome: 0,
});

/** Counts of a set of actions by status, with how many are overdue and how many lack an outcome. */
export const countActions = (
  actions: readonly Pick<ControlAction, 'status' | 'deadline' | 'outcome'>[],
  today: IsoDate,
): StatusCounts => {
  const counts = emptyCounts();
  for (const action of actions) {
    counts.planned += 1;
    counts[action.status] += 1;
    if (isOverdue(action, today)) counts.overdue += 1;
    if (action.outcome === null) counts.withoutOutcome += 1;
  }
  return counts;
};

export const toReportRow = (row: ControlAction, today: IsoDate): ReportRow => {
  const note = row.notes.at(-1);
  const latest = row.outcome
    ? { date: row.outcome.assessedAt.slice(0, 10), text: row.outcome.text, isOutcome: true }
    : note
      ? { date: note.date, text: note.text, isOutcome: false }
      : null;
  return {
    id: row.id,
    objective: row.objective,
    actions: row.actions,
    indicator: row.indicator,
    owner: row.owner,
    deadline: row.deadline,
    status: row.status,
    light: trafficLight(row, today),
    isOverdue: isOverdue(row, today),
    latest,
  };
};
