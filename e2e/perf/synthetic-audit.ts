import type { UnhashedAuditEvent } from '../../shared/audit';
import { GENESIS_HASH, chainAuditEvent, diffRecords } from '../../shared/audit';
import type { AuditEvent, AuditOperation, AuditedEntity } from '../../shared/domain/audit-event';
import type { ActionRound } from './synthetic-actions';
import { actionAt } from './synthetic-actions';
import { goalCreations, goalFollowUp } from './synthetic-goal-events';
import type { DataSetPlan } from './synthetic-plan';
import { riskAt } from './synthetic-risks';
import { syntheticPlanYear, syntheticSettings } from './synthetic-settings';
import { draw, recordSeed } from './synthetic-random';

const KIND_AUDIT = 5;

export type Change = Omit<UnhashedAuditEvent, 'seq' | 'id' | 'hashVersion'>;

export const asRecord = (value: object | null) => value as Record<string, unknown> | null;

export const created = (
  entity: AuditedEntity,
  record: { id: string; createdAt: string; updatedBy: string },
): Change => ({
  at: record.createdAt,
  actor: record.updatedBy,
  entity,
  entityId: record.id,
  op: 'create',
  changes: diffRecords(null, asRecord(record)),
});

function* actionRound(plan: DataSetPlan, round: ActionRound): Generator<Change> {
  for (let index = 0; index < plan.size.actions; index += 1) {
    const { versions, rounds } = actionAt(plan, index);
    const step = rounds.indexOf(round);
    if (step < 0) continue;
    const before = versions[step]!;
    const after = versions[step + 1]!;
    const op: AuditOperation =
      'deadline' in diffRecords(asRecord(before), asRecord(after)) ? 'update' : 'status';
    yield {
      at: after.updatedAt,
      actor: after.updatedBy,
      entity: 'controlAction',
      entityId: after.id,
      op,
      changes: diffRecords(asRecord(before), asRecord(after)),
    };
  }
}

/**
 * The year as it happened, in time order: setup and the organisation tree (2 January), rows
 * created (January), goal rows with their indicators planted (end of January), risks
 * identified and assessed (February), rows started (March), edited (April), goal rows
 * followed up after the first tertial (1–3 May), risks re-assessed (May), rows finished
 * (June). Each change matches the stored records.
 */
function* timeline(plan: DataSetPlan): Generator<Change> {
  for (const setting of syntheticSettings(plan.year, plan.seed)) yield created('setting', setting);
  yield created('planYear', syntheticPlanYear(plan.year, plan.seed));
  for (const unit of plan.units) yield created('unit', unit);
  for (let index = 0; index < plan.size.actions; index += 1) {
    yield created('controlAction', actionAt(plan, index).versions[0]!);
  }
  yield* goalCreations(plan);
  for (let index = 0; index < plan.size.risks; index += 1) {
    const { risk, assessments } = riskAt(plan, index);
    yield created('risk', risk);
    for (const assessment of assessments.slice(0, 2)) yield created('assessment', assessment);
  }
  yield* actionRound(plan, 'start');
  yield* actionRound(plan, 'april');
  yield* goalFollowUp(plan);
  for (let index = 0; index < plan.size.risks; index += 1) {
    const later = riskAt(plan, index).assessments[2];
    if (later) yield created('assessment', later);
  }
  yield* actionRound(plan, 'finish');
}

/** The chain's running state, so a caller can go on from where the chunks ended. */
export type ChainState = { seq: number; head: string };

/**
 * The audit trail of the plan as a valid hash chain, `chunk` events at a time, at most
 * `plan.size.auditEvents` and the goal tables' events in all. `state` is updated as chunks are made.
 */
export function* auditEventChunks(
  plan: DataSetPlan,
  chunk = 5_000,
  state: ChainState = { seq: 0, head: GENESIS_HASH },
): Generator<AuditEvent[]> {
  let events: AuditEvent[] = [];
  const most = plan.size.auditEvents + plan.goalEvents;
  for (const change of timeline(plan)) {
    if (state.seq >= most) break;
    state.seq += 1;
    const event = chainAuditEvent(
      {
        seq: state.seq,
        id: draw(recordSeed(plan.seed, KIND_AUDIT, state.seq)).uuid(),
        ...change,
        hashVersion: 1,
      },
      state.head,
    );
    state.head = event.hash;
    events.push(event);
    if (events.length >= chunk) {
      yield events;
      events = [];
    }
  }
  if (events.length > 0) yield events;
}
