import type { Dexie } from 'dexie';

/** Schema version 2: the year-end review's per-unit decisions. Nothing to transform. */
export const applyVersion2 = (db: Dexie) => {
  db.version(2).stores({
    unitReviews: 'id, &[year+unitId], year, unitId, state',
  });
};
