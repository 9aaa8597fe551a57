import type { BackupReason } from '../desktop-api';

/**
 * Which backups to keep (requirement D8, after Actual Budget's scheme). Pure: the shell lists
 * the folder, asks this function, and deletes exactly what it returns.
 */
export const ROTATION_POLICY = {
  /** Every verified backup of the last 24 h is kept, the newest `recentCap` of them. */
  recentMs: 24 * 60 * 60 * 1000,
  recentCap: 200,
  /** Then the newest verified backup of each calendar day (UTC) for 60 days. */
  dailyDays: 60,
  /** Then the newest verified backup of each calendar month (UTC) for 7 years. */
  monthlyYears: 7,
} as const;

/** Backups taken for these reasons are never rotated away. */
export const PINNED_REASONS: readonly BackupReason[] = ['pre-migration', 'year-close'];

export const isPinnedReason = (reason: string): boolean =>
  (PINNED_REASONS as readonly string[]).includes(reason);

export type RotationCandidate = {
  fileName: string;
  /** ISO time; a value that does not parse is never deleted. */
  createdAt: string;
  reason: string;
  /** Re-read after writing and its hash matched. Unverified backups keep nothing else alive. */
  verified: boolean;
  pinned: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

type Dated = { backup: RotationCandidate; time: number };

/** Newest first; the file name breaks ties so the order never depends on the input order. */
const newestFirst = (a: Dated, b: Dated): number =>
  b.time - a.time || (a.backup.fileName < b.backup.fileName ? 1 : -1);

const dayKey = (time: number): string => new Date(time).toISOString().slice(0, 10);
const monthKey = (time: number): string => new Date(time).toISOString().slice(0, 7);

/** Adds the newest of each group (by `key`) among `backups` (sorted newest first) to `keep`. */
function keepNewestPerGroup(
  backups: readonly Dated[],
  key: (time: number) => string,
  keep: Set<string>,
): void {
  const seen = new Set<string>();
  for (const { backup, time } of backups) {
    const group = key(time);
    if (seen.has(group)) continue;
    seen.add(group);
    keep.add(backup.fileName);
  }
}

/**
 * The file names to delete, oldest first. Kept, whatever else happens:
 * - pinned backups (the flag, or reason pre-migration / year-close) and any whose time does
 *   not parse;
 * - the newest verified backup, however old;
 * - unverified backups younger than 24 h (they give a failed write a chance to be looked at,
 *   but they never keep a slot: an unverified backup is deleted once it is older than 24 h).
 * Among verified backups: every one from the last 24 h up to the cap, the newest of each UTC
 * day for 60 days and the newest of each UTC month for 7 years. A backup dated in the future
 * (a clock that was wrong) counts as recent. Applying the result and selecting again deletes
 * nothing more.
 */
export function selectBackupsToDelete(backups: readonly RotationCandidate[], now: Date): string[] {
  const nowMs = now.getTime();
  // Without a clock nothing can be judged old, so nothing is deleted.
  if (Number.isNaN(nowMs)) return [];

  const keep = new Set<string>();
  const dated: Dated[] = [];
  for (const backup of backups) {
    const time = Date.parse(backup.createdAt);
    if (backup.pinned || isPinnedReason(backup.reason) || Number.isNaN(time)) {
      keep.add(backup.fileName);
    }
    if (!Number.isNaN(time)) dated.push({ backup, time });
  }
  // Pinned backups with a valid time count like any other for the slots below.
  const verified = dated.filter(({ backup }) => backup.verified).sort(newestFirst);

  const newest = verified[0];
  if (newest !== undefined) keep.add(newest.backup.fileName);

  const recentSince = nowMs - ROTATION_POLICY.recentMs;
  for (const { backup } of verified
    .filter(({ time }) => time > recentSince)
    .slice(0, ROTATION_POLICY.recentCap)) {
    keep.add(backup.fileName);
  }

  const dailySince = nowMs - ROTATION_POLICY.dailyDays * DAY_MS;
  const daily = verified.filter(({ time }) => time > dailySince && time <= nowMs);
  keepNewestPerGroup(daily, dayKey, keep);

  const monthlySince = new Date(nowMs);
  monthlySince.setUTCFullYear(monthlySince.getUTCFullYear() - ROTATION_POLICY.monthlyYears);
  const monthly = verified.filter(({ time }) => time > monthlySince.getTime() && time <= nowMs);
  keepNewestPerGroup(monthly, monthKey, keep);

  for (const { backup, time } of dated) {
    if (!backup.verified && time > recentSince) keep.add(backup.fileName);
  }

  return dated
    .filter(({ backup }) => !keep.has(backup.fileName))
    .sort((a, b) => newestFirst(b, a))
    .map(({ backup }) => backup.fileName);
}
