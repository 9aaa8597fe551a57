import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';

/**
 * A closed year is read-only in the data layer: every repository write that touches a record
 * of a year calls this first, inside its transaction (which must include db.planYears).
 */
export const assertYearWritable = async (db: ValvoDatabase, year: number) => {
  const planYear = await db.planYears.where('year').equals(year).first();
  if (planYear && planYear.deletedAt === null && planYear.status === 'closed') {
    throw new DomainError('years.errors.closed', { year });
  }
};
