import type { Dexie } from 'dexie';
import type { VersionThreeAction } from '../../../../shared/goals/kinds-upgrade';
import { upgradeActionToKinds } from '../../../../shared/goals/kinds-upgrade';

/**
 * Schema version 4: the budget's goal tables. Rows get a kind (all existing ones: internal
 * control), a strategy priority and a judgement override (none); indicators become records of
 * their own (`indicators`), the Toteutuma text of each existing row its one text indicator.
 */
export const applyVersion4 = (db: Dexie) => {
  db.version(4)
    .stores({
      controlActions:
        'id, [unitId+year], year, unitId, status, deadline, owner, updatedAt, carriedFromId, *riskIds, kindId',
      indicators: 'id, actionId, [unitId+year], year',
    })
    .upgrade(async (transaction) => {
      const actions = (await transaction.table('controlActions').toArray()) as VersionThreeAction[];
      const upgraded = actions.map(upgradeActionToKinds);
      await transaction.table('controlActions').bulkPut(upgraded.map((item) => item.action));
      await transaction
        .table('indicators')
        .bulkAdd(upgraded.flatMap((item) => (item.indicator ? [item.indicator] : [])));
    });
};
