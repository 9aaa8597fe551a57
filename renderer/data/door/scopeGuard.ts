import type { PlanYear } from '../../../shared/domain/plan-year';
import type { UnitPackageRecord } from '../../../shared/domain/unit-package';
import type { AuditDraft } from './auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';
import { findUnitReviews, isApproved, withdrawn } from './approvals';
import { findOpenedPackage, packageRefusal } from './packageScope';

/**
 * Where a write belongs, which decides the rules it meets:
 * - `organisation`: the organisation's own records (the tree, years, reviews, organisation
 *   settings, issued packages, merges): refused in package mode; with `year`, also in a closed year.
 * - `unit`: a unit's records (risks; with `year`, its rows and assessments): refused outside the
 *   open package; with `year`, refused in a closed year and the unit's approval of that year is
 *   withdrawn.
 * - `personal`: the person's own profile, always theirs to change.
 * - `package`: the record of the open package itself (its return).
 */
export type WriteScope =
  | { kind: 'organisation'; year?: number }
  | { kind: 'unit'; unitId: string; year?: number }
  | { kind: 'personal' }
  | { kind: 'package' };

export type UnitYear = { unitId: string; year: number };

/**
 * The record rules of one write transaction: the closed-year lock, the package scope and the
 * approval withdrawal. What they read is kept for the rest of the transaction, so a write of a
 * thousand rows reads each year, the open package and the reviews once, as a single-row write
 * reads them once.
 */
export const createScopeGuard = (
  db: ValvoDatabase,
  context: WriteContext,
  audit: (drafts: readonly AuditDraft[]) => void,
) => {
  const closedByYear = new Map<number, boolean>();
  let opened: UnitPackageRecord | null | undefined;
  /** Unit-years whose approval this transaction has already seen to. */
  const settled = new Set<string>();

  const noteYear = (year: number, planYear: PlanYear | undefined) =>
    closedByYear.set(
      year,
      !!planYear && planYear.deletedAt === null && planYear.status === 'closed',
    );

  /** The closed years among `years`, each read once per transaction. */
  const closedYears = async (years: readonly number[]): Promise<Set<number>> => {
    const unread = [...new Set(years)].filter((year) => !closedByYear.has(year));
    if (unread.length === 1) {
      noteYear(unread[0]!, await db.planYears.where('year').equals(unread[0]!).first());
    } else if (unread.length > 1) {
      const found = await db.planYears.where('year').anyOf(unread).toArray();
      for (const year of unread)
        noteYear(
          year,
          found.find((planYear) => planYear.year === year),
        );
    }
    return new Set(years.filter((year) => closedByYear.get(year)));
  };

  const openedPackage = async (): Promise<UnitPackageRecord | null> => {
    if (opened === undefined) opened = (await findOpenedPackage(db)) ?? null;
    return opened;
  };

  const assertYearsOpen = async (years: readonly number[]) => {
    const [closed] = [...(await closedYears(years))].sort();
    if (closed !== undefined) throw new DomainError('years.errors.closed', { year: closed });
  };

  const assertNotInPackageMode = async () => {
    const open = await openedPackage();
    if (open) throw await packageRefusal(db, open, 'packages.errors.packageMode');
  };

  /** A unit's record (of `year`, for year-bound records) is inside the open package, if any. */
  const assertInPackage = async (scopes: readonly { unitId: string; year?: number }[]) => {
    const open = await openedPackage();
    if (!open) return;
    const isInside = ({ unitId, year }: { unitId: string; year?: number }) =>
      unitId === open.unitId && (year === undefined || year === open.year);
    if (!scopes.every(isInside))
      throw await packageRefusal(db, open, 'packages.errors.outsidePackage');
  };

  /** Approved unit-years whose records change lose their approval, saying why. */
  const withdrawApprovals = async (pairs: readonly UnitYear[]) => {
    const unsettled = new Map<string, UnitYear>();
    for (const pair of pairs) {
      const key = `${pair.year}|${pair.unitId}`;
      if (!settled.has(key)) unsettled.set(key, pair);
    }
    if (unsettled.size === 0) return;
    for (const key of unsettled.keys()) settled.add(key);
    const approved = (await findUnitReviews(db, [...unsettled.values()])).filter(isApproved);
    for (const review of approved) {
      const after = withdrawn(review, context);
      await db.unitReviews.put(after);
      audit([{ entity: 'unitReview', entityId: after.id, op: 'update', before: review, after }]);
    }
  };

  /**
   * Checks the rules of every scope in `scopes`, in the order a single write meets them: the
   * package mode or scope, the year lock, then the approvals of the unit-years written.
   */
  const check = async (scopes: readonly WriteScope[]) => {
    const organisation = scopes.filter((scope) => scope.kind === 'organisation');
    const units = scopes.filter((scope) => scope.kind === 'unit');
    if (organisation.length > 0) {
      await assertNotInPackageMode();
      await assertYearsOpen(organisation.flatMap((scope) => scope.year ?? []));
    }
    if (units.length > 0) {
      await assertYearsOpen(units.flatMap((scope) => scope.year ?? []));
      await assertInPackage(units);
      await withdrawApprovals(
        units.flatMap(({ unitId, year }) => (year === undefined ? [] : [{ unitId, year }])),
      );
    }
  };

  /** The plan year records of a year are written to; refuses a year that has not been created. */
  const requireYear = async (year: number): Promise<PlanYear> => {
    const planYear = await db.planYears.where('year').equals(year).first();
    noteYear(year, planYear);
    if (!planYear || planYear.deletedAt !== null)
      throw new DomainError('years.errors.missing', { year });
    return planYear;
  };

  return { check, closedYears, openedPackage, requireYear, noteYear };
};

export type ScopeGuard = ReturnType<typeof createScopeGuard>;
