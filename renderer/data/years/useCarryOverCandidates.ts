import { isCarriedAutomatically } from '../../../shared/review/carry-over';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';

/**
 * The live rows of a year that a controller may pick to carry over: every row the carry-over
 * does not take by itself (postponed and not done go without picking). Undefined while loading.
 */
export const useCarryOverCandidates = (fromYear: number) =>
  useScopedLiveQuery(
    (db) =>
      db.controlActions
        .where('year')
        .equals(fromYear)
        .filter((row) => row.deletedAt === null && !isCarriedAutomatically(row.status))
        .toArray(),
    [fromYear],
  );
