import type { ControlAction } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { indicatorsOf } from './indicatorRepository';

export type RowIndicators = { action: ControlAction | null; indicators: Indicator[] };

/**
 * One row and its live indicators, read together and kept current: the indicator dialog shows
 * them as they are stored, never another row's. Undefined until read; action null when the row
 * is gone (deleted meanwhile).
 */
export const useRowIndicators = (actionId: string): RowIndicators | undefined =>
  useScopedLiveQuery(
    async (db) => {
      const action = (await db.controlActions.get(actionId)) ?? null;
      return {
        action: action && action.deletedAt === null ? action : null,
        indicators: await indicatorsOf(db, actionId),
      };
    },
    [actionId],
  );
