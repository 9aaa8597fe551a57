import { diffRecords } from '../../shared/audit';
import type { Change } from './synthetic-audit';
import { asRecord, created } from './synthetic-audit';
import { goalRowAt } from './synthetic-goals';
import { indicatorAt, indicatorRow } from './synthetic-indicators';
import type { DataSetPlan } from './synthetic-plan';

/** The indicators of goal row `row`: a run of indices, since they are made in row order. */
function* indicatorsOfRow(plan: DataSetPlan, row: number) {
  // The first index whose row is `row`: indicatorRow(index) >= row.
  let index = Math.ceil((row * plan.size.indicators) / plan.size.goalRows);
  for (; index < plan.size.indicators && indicatorRow(plan, index) === row; index += 1) {
    yield indicatorAt(plan, index);
  }
}

/** Each goal row created, followed by its indicators, as the goal table's editor adds them. */
export function* goalCreations(plan: DataSetPlan): Generator<Change> {
  for (let row = 0; row < plan.size.goalRows; row += 1) {
    yield created('controlAction', goalRowAt(plan, row).created);
    for (const { created: indicator } of indicatorsOfRow(plan, row)) {
      yield created('indicator', indicator);
    }
  }
}

const changed = <T extends { id: string; updatedAt: string; updatedBy: string }>(
  entity: 'controlAction' | 'indicator',
  before: T,
  after: T,
  op: Change['op'],
): Change => ({
  at: after.updatedAt,
  actor: after.updatedBy,
  entity,
  entityId: after.id,
  op,
  changes: diffRecords(asRecord(before), asRecord(after)),
});

/**
 * The follow-up after January–April: a row started (with a person's judgement on a few), then
 * an actual value on its indicators that have one, some judged.
 */
export function* goalFollowUp(plan: DataSetPlan): Generator<Change> {
  for (let row = 0; row < plan.size.goalRows; row += 1) {
    const goal = goalRowAt(plan, row);
    if (goal.stored !== goal.created) {
      const op = goal.stored.judgementOverride ? 'update' : 'status';
      yield changed('controlAction', goal.created, goal.stored, op);
    }
    for (const indicator of indicatorsOfRow(plan, row)) {
      if (indicator.stored !== indicator.created) {
        yield changed('indicator', indicator.created, indicator.stored, 'update');
      }
    }
  }
}
