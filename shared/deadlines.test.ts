import { describe, expect, it } from 'vitest';
import type { ActionStatus } from './domain/control-action';
import { isDueSoon, isOverdue, trafficLight } from './deadlines';

const row = (deadline: string | null, status: ActionStatus) => ({ deadline, status });
const today = '2026-06-15';

describe('overdue and due soon', () => {
  it('is overdue only when the deadline has passed and the status is not final', () => {
    expect(isOverdue(row('2026-06-14', 'in_progress'), today)).toBe(true);
    expect(isOverdue(row('2026-06-14', 'not_started'), today)).toBe(true);
    expect(isOverdue(row('2026-06-15', 'in_progress'), today)).toBe(false);
    expect(isOverdue(row('2026-06-14', 'done'), today)).toBe(false);
    expect(isOverdue(row('2026-06-14', 'postponed'), today)).toBe(false);
    expect(isOverdue(row(null, 'in_progress'), today)).toBe(false);
  });

  it('is due soon within 30 days from today, inclusive', () => {
    expect(isDueSoon(row('2026-06-15', 'in_progress'), today)).toBe(true);
    expect(isDueSoon(row('2026-07-15', 'in_progress'), today)).toBe(true);
    expect(isDueSoon(row('2026-07-16', 'in_progress'), today)).toBe(false);
    expect(isDueSoon(row('2026-06-20', 'done'), today)).toBe(false);
  });

  it('gives the report traffic light', () => {
    expect(trafficLight(row(null, 'done'), today)).toBe('green');
    expect(trafficLight(row('2026-12-01', 'in_progress'), today)).toBe('yellow');
    expect(trafficLight(row('2026-01-01', 'in_progress'), today)).toBe('red');
    expect(trafficLight(row(null, 'not_done'), today)).toBe('red');
    expect(trafficLight(row(null, 'not_started'), today)).toBe('grey');
    expect(trafficLight(row(null, 'cancelled'), today)).toBe('grey');
  });
});
