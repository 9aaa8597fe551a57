import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readUnits } from './readUnits';

/** Every unit that has not been purged, active or not; undefined while loading. */
export const useUnits = () => {
  return useScopedLiveQuery((db) => readUnits(db), []);
};
