import type { StrategyPriority } from '../../shared/domain/priority';
import type { Unit } from '../../shared/domain/unit';
import { actionShape } from './synthetic-actions';
import { goalShape, syntheticPriorities } from './synthetic-goals';
import { indicatorShape } from './synthetic-indicators';
import { riskAt } from './synthetic-risks';
import { syntheticUnits, workingUnits } from './synthetic-units';

export type DataSetSize = {
  units: number;
  risks: number;
  /** Internal-control rows. */
  actions: number;
  /** Events of the internal-control rows, risks and setup; the goal tables' events come on top. */
  auditEvents: number;
  /** Goal rows: strategy goals (under priorities), other goals, productivity, company goals. */
  goalRows: number;
  /** Indicator records of the goal rows, 2 or 3 per row. */
  indicators: number;
};

/** The city-scale design point of the architecture (issue 16): what a controller of a large city sees. */
export const FULL_SIZE: DataSetSize = {
  units: 2_000,
  risks: 20_000,
  actions: 50_000,
  auditEvents: 200_000,
  goalRows: 100_000,
  indicators: 250_000,
};

/** Events of the organisation's setup: five settings and the plan year. */
export const SETUP_EVENTS = 6;

/**
 * What every record generator reads: the tree, the risks per unit (actions link to them) and
 * how many actions get an April edit so that the audit chain comes out at the size asked for.
 * Records themselves are made on demand, one by one, from (seed, index).
 */
export type DataSetPlan = {
  seed: number;
  year: number;
  size: DataSetSize;
  units: Unit[];
  working: Unit[];
  riskIdsByUnit: Map<string, string[]>;
  assessmentCount: number;
  /** The plan year's strategy priorities; strategy goals sit under them. */
  priorities: StrategyPriority[];
  /** Events of the goal tables: each row and indicator created, then the follow-up's changes. */
  goalEvents: number;
  /** Actions `index` with `aprilRank(index) < aprilEdits` get one edit in April. */
  aprilEdits: number;
};

/** A fixed permutation rank of an action: spreads the April edits over the whole list. */
export const aprilRank = (index: number, actions: number) => (index * 7_919) % actions;

export const planDataSet = (size: DataSetSize, seed = 2026, year = 2026): DataSetPlan => {
  const units = syntheticUnits(size.units, year, seed);
  const plan: DataSetPlan = {
    seed,
    year,
    size,
    units,
    working: workingUnits(units),
    riskIdsByUnit: new Map(),
    assessmentCount: 0,
    priorities: syntheticPriorities(year, seed),
    goalEvents: size.goalRows + size.indicators,
    aprilEdits: 0,
  };
  for (let index = 0; index < size.goalRows; index += 1) {
    if (goalShape(plan, index).starts) plan.goalEvents += 1;
  }
  for (let index = 0; index < size.indicators; index += 1) {
    if (indicatorShape(plan, index).read) plan.goalEvents += 1;
  }
  for (let index = 0; index < size.risks; index += 1) {
    const { risk, assessments } = riskAt(plan, index);
    const ids = plan.riskIdsByUnit.get(risk.unitId) ?? [];
    ids.push(risk.id);
    plan.riskIdsByUnit.set(risk.unitId, ids);
    plan.assessmentCount += assessments.length;
  }
  let statusEvents = 0;
  for (let index = 0; index < size.actions; index += 1) {
    statusEvents += actionShape(plan, index).statusPath.length;
  }
  const fixed =
    SETUP_EVENTS + units.length + size.risks + plan.assessmentCount + size.actions + statusEvents;
  plan.aprilEdits = Math.max(0, Math.min(size.actions, size.auditEvents - fixed));
  return plan;
};

/**
 * How many events the chain of a plan holds: the size asked for (or fewer if it cannot reach
 * it) plus every event of the goal tables.
 */
export const plannedEventCount = (plan: DataSetPlan) => {
  let statusEvents = 0;
  for (let index = 0; index < plan.size.actions; index += 1) {
    statusEvents += actionShape(plan, index).statusPath.length;
  }
  const all =
    SETUP_EVENTS +
    plan.units.length +
    plan.size.risks +
    plan.assessmentCount +
    plan.size.actions +
    statusEvents +
    plan.aprilEdits;
  return Math.min(all, plan.size.auditEvents) + plan.goalEvents;
};
