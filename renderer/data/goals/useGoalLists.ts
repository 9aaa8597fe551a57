import type { StrategyPriority } from '../../../shared/domain/priority';
import { prioritiesOf } from '../../../shared/domain/priority';
import type { TableKind } from '../../../shared/domain/table-kind';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readPriorities, readTableKinds } from './goalSettings';

export type GoalLists = { kinds: TableKind[]; priorities: StrategyPriority[] };

/** The organisation's table kinds and the year's strategy priorities; undefined until read. */
export const useGoalLists = (year: number): GoalLists | undefined =>
  useScopedLiveQuery(
    async (db) => ({
      kinds: await readTableKinds(db),
      priorities: prioritiesOf(await readPriorities(db), year),
    }),
    [year],
  );
