import type { Dexie } from 'dexie';

/**
 * Schema version 3: unit packages issued or opened (`unitPackages`) and the merges of returned
 * packages (`packageMerges`). Only new, empty tables: no record changes shape.
 */
export const applyVersion3 = (db: Dexie) => {
  db.version(3).stores({
    unitPackages: 'id, role, unitId, year',
    packageMerges: 'id, packageId, &returnId, unitId, year',
  });
};
