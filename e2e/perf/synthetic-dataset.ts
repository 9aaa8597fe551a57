import type { BackupTableName, BackupTables } from '../../shared/backup/format';
import { actionAt } from './synthetic-actions';
import type { ChainState } from './synthetic-audit';
import { auditEventChunks } from './synthetic-audit';
import { goalRowAt } from './synthetic-goals';
import { indicatorAt } from './synthetic-indicators';
import type { DataSetPlan } from './synthetic-plan';
import { riskAt } from './synthetic-risks';
import { syntheticPlanYear, syntheticSettings } from './synthetic-settings';

export type TableChunk = {
  [K in BackupTableName]: { table: K; rows: BackupTables[K] };
}[BackupTableName];

/**
 * The whole data set of a plan, table by table, `chunk` records at a time: records first, the
 * audit chain last. Only one chunk is alive at a time, so a million records fit in little memory.
 */
export function* recordChunks(
  plan: DataSetPlan,
  chunk = 5_000,
  chain?: ChainState,
): Generator<TableChunk> {
  yield { table: 'settings', rows: syntheticSettings(plan.year, plan.seed) };
  yield { table: 'planYears', rows: [syntheticPlanYear(plan.year, plan.seed)] };
  for (let start = 0; start < plan.units.length; start += chunk) {
    yield { table: 'units', rows: plan.units.slice(start, start + chunk) };
  }
  for (let start = 0; start < plan.size.actions; start += chunk) {
    const rows = [];
    for (let index = start; index < Math.min(start + chunk, plan.size.actions); index += 1) {
      rows.push(actionAt(plan, index).versions.at(-1)!);
    }
    yield { table: 'controlActions', rows };
  }
  for (let start = 0; start < plan.size.goalRows; start += chunk) {
    const rows = [];
    for (let index = start; index < Math.min(start + chunk, plan.size.goalRows); index += 1) {
      rows.push(goalRowAt(plan, index).stored);
    }
    yield { table: 'controlActions', rows };
  }
  for (let start = 0; start < plan.size.indicators; start += chunk) {
    const rows = [];
    for (let index = start; index < Math.min(start + chunk, plan.size.indicators); index += 1) {
      rows.push(indicatorAt(plan, index).stored);
    }
    yield { table: 'indicators', rows };
  }
  for (let start = 0; start < plan.size.risks; start += chunk) {
    const risks = [];
    const assessments = [];
    for (let index = start; index < Math.min(start + chunk, plan.size.risks); index += 1) {
      const made = riskAt(plan, index);
      risks.push(made.risk);
      assessments.push(...made.assessments);
    }
    yield { table: 'risks', rows: risks };
    yield { table: 'assessments', rows: assessments };
  }
  for (const rows of auditEventChunks(plan, chunk, chain)) yield { table: 'auditEvents', rows };
}

/** The whole data set in memory, in the backup's shape (fine for tests; about 1 GB at full size). */
export const syntheticTables = (plan: DataSetPlan): BackupTables => {
  const tables: BackupTables = {
    units: [],
    planYears: [],
    controlActions: [],
    risks: [],
    assessments: [],
    settings: [],
    unitReviews: [],
    unitPackages: [],
    packageMerges: [],
    indicators: [],
    auditEvents: [],
  };
  for (const { table, rows } of recordChunks(plan)) {
    (tables[table] as unknown[]).push(...rows);
  }
  return tables;
};
