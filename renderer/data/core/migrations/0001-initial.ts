import type { Dexie } from 'dexie';

/**
 * Schema version 1: every table of the domain model with the indexes its lists filter on.
 * Released schemas are never edited; a change is a new numbered file.
 */
export const applyVersion1 = (db: Dexie) => {
  db.version(1).stores({
    units: 'id, parentId, kind, active, updatedAt',
    planYears: 'id, &year, status',
    controlActions:
      'id, [unitId+year], year, unitId, status, deadline, owner, updatedAt, carriedFromId, *riskIds',
    risks: 'id, unitId, status, category, reviewDate, owner, updatedAt',
    assessments: 'id, riskId, [riskId+date], date, kind',
    auditEvents: 'seq, &id, [entity+entityId], at, actor, op',
    settings: 'id, &key',
  });
};
