import type { Unit } from '../../../shared/domain/unit';
import type { ValvoDatabase } from '../core/database';

/**
 * Every unit that has not been purged, active or not. One `getAll` and a filter in memory: a
 * Dexie `filter()` would walk the table with a cursor, one callback per unit, which at 2,000
 * units held up the first paint after every save.
 */
export const readUnits = async (db: ValvoDatabase): Promise<Unit[]> =>
  (await db.units.toArray()).filter((unit) => unit.deletedAt === null);
