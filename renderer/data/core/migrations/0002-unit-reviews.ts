import type { Dexie } from 'dexie';

/**
 * Schema version 2: the year-end review's per-unit decisions, and the plan year's reopen reason
 * (absent from version 1 records: set to null so they pass today's schema).
 */
export const applyVersion2 = (db: Dexie) => {
  db.version(2)
    .stores({
      unitReviews: 'id, &[year+unitId], year, unitId, state',
    })
    .upgrade((transaction) =>
      transaction
        .table('planYears')
        .toCollection()
        .modify((planYear: { reopenReason?: string | null }) => {
          if (planYear.reopenReason === undefined) planYear.reopenReason = null;
        }),
    );
};
