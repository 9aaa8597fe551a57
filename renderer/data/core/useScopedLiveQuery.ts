import { useLiveQuery } from 'dexie-react-hooks';
import type { ValvoDatabase } from './database';
import { useDatabase } from './DatabaseProvider';

/** What a live query is read for: a unit, a year, a filter… Plain values, compared as JSON. */
export type QueryScope = readonly (
  string | number | boolean | null | undefined | readonly string[]
)[];

/** A live query's result with whether it was read for the scope last asked for. */
export type ScopedResult<T> = { value: T; isCurrent: boolean };

/**
 * A live query whose result is tagged with the scope it was read for. `useLiveQuery` keeps
 * returning the previous result while the querier of a new scope runs: for a changed unit or
 * year that is another scope's data under this scope's heading. The tag lets a screen tell the
 * two apart; undefined until the first result arrives.
 */
export const useLiveQueryInScope = <T>(
  querier: (db: ValvoDatabase) => Promise<T> | T,
  scope: QueryScope,
): ScopedResult<T> | undefined => {
  const db = useDatabase();
  const key = JSON.stringify(scope);
  const result = useLiveQuery(async () => ({ key, value: await querier(db) }), [db, key]);
  return result === undefined ? undefined : { value: result.value, isCurrent: result.key === key };
};

/**
 * A live query read for one scope: undefined, as while loading, until the current scope's own
 * result arrives, so nothing of a previous scope can be shown or acted on under this one.
 */
export const useScopedLiveQuery = <T>(
  querier: (db: ValvoDatabase) => Promise<T> | T,
  scope: QueryScope,
): T | undefined => {
  const result = useLiveQueryInScope(querier, scope);
  return result?.isCurrent ? result.value : undefined;
};
