import type { ControlAction } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import type { StrategyPriority } from '../../../shared/domain/priority';
import type { TableKind } from '../../../shared/domain/table-kind';
import { prioritiesOf } from '../../../shared/domain/priority';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readPriorities, readTableKinds } from './goalSettings';

export type UnitPlan = {
  rows: ControlAction[];
  /** Each row's live indicators in their order. */
  indicators: Map<string, Indicator[]>;
  kinds: TableKind[];
  priorities: StrategyPriority[];
};

/**
 * A unit's rows for one year with their indicators, the organisation's table kinds and the
 * year's priorities, read together in one live query: the page never pairs one unit's rows with
 * another's indicators. Undefined while loading and until the new scope is read.
 */
export const useUnitPlan = (unitId: string, year: number): UnitPlan | undefined =>
  useScopedLiveQuery(
    async (db) => {
      const rows = await db.controlActions
        .where('[unitId+year]')
        .equals([unitId, year])
        .filter((row) => row.deletedAt === null)
        .sortBy('sortOrder');
      const indicators = new Map<string, Indicator[]>();
      const all = await db.indicators
        .where('[unitId+year]')
        .equals([unitId, year])
        .filter((indicator) => indicator.deletedAt === null)
        .sortBy('sortOrder');
      for (const indicator of all)
        indicators.set(indicator.actionId, [
          ...(indicators.get(indicator.actionId) ?? []),
          indicator,
        ]);
      return {
        rows,
        indicators,
        kinds: await readTableKinds(db),
        priorities: prioritiesOf(await readPriorities(db), year),
      };
    },
    [unitId, year],
  );
