import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS } from '../desktop-api';
import { ROTATION_POLICY, isPinnedReason, selectBackupsToDelete } from './rotation';
import type { RotationCandidate } from './rotation';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** At most one newest-of-day slot per UTC day touched by the 60-day window, one per month for 7 years. */
const MAX_DAILY_SLOTS = ROTATION_POLICY.dailyDays + 1;
const MAX_MONTHLY_SLOTS = ROTATION_POLICY.monthlyYears * 12 + 1;

type Generated = {
  ageMs: number;
  reason: string;
  verified: boolean;
  pinned: boolean;
  bad: boolean;
};

const ageArb = fc.oneof(
  // Around the 24 h edge, including a little in the future (a clock that was wrong).
  fc.integer({ min: -2 * HOUR, max: 30 * HOUR }),
  fc.integer({ min: 0, max: 70 * DAY }),
  fc.integer({ min: 0, max: 8 * 366 * DAY }),
  // Whole hours, so several backups share a time and ties must be broken the same way.
  fc.integer({ min: -2, max: 72 }).map((hours) => hours * HOUR),
  fc.integer({ min: 0, max: 120 }).map((days) => days * DAY),
);

const generatedArb = fc.record({
  ageMs: ageArb,
  reason: fc.constantFrom(...BACKUP_REASONS),
  verified: fc.boolean(),
  pinned: fc.integer({ min: 0, max: 9 }).map((value) => value === 0),
  bad: fc.integer({ min: 0, max: 40 }).map((value) => value === 0),
});

const nowArb = fc.date({
  min: new Date('2020-01-01T00:00:00.000Z'),
  max: new Date('2040-01-01T00:00:00.000Z'),
  noInvalidDate: true,
});

function toCandidates(generated: Generated[], now: Date): RotationCandidate[] {
  return generated.map((entry, index) => ({
    fileName: `backup-${index}.json`,
    createdAt: entry.bad ? 'not a time' : new Date(now.getTime() - entry.ageMs).toISOString(),
    reason: entry.reason,
    verified: entry.verified,
    // The store derives the flag from the reason; the function must honour either.
    pinned: entry.pinned,
  }));
}

const scenarioArb = fc
  .tuple(nowArb, fc.array(generatedArb, { maxLength: 400, size: 'medium' }))
  .map(([now, generated]) => ({ now, backups: toCandidates(generated, now) }));

const isPinned = (backup: RotationCandidate) => backup.pinned || isPinnedReason(backup.reason);
const timeOf = (backup: RotationCandidate) => Date.parse(backup.createdAt);

describe('selectBackupsToDelete: properties', () => {
  it('always keeps the newest verified backup', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, backups }) => {
        const deleted = new Set(selectBackupsToDelete(backups, now));
        const verified = backups.filter((b) => b.verified && !Number.isNaN(timeOf(b)));
        if (verified.length === 0) return true;
        const newestTime = Math.max(...verified.map(timeOf));
        return verified.some((b) => timeOf(b) === newestTime && !deleted.has(b.fileName));
      }),
      { numRuns: 300 },
    );
  });

  it('never deletes a pinned backup, whatever its age or state', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, backups }) => {
        const deleted = new Set(selectBackupsToDelete(backups, now));
        return backups.filter(isPinned).every((b) => !deleted.has(b.fileName));
      }),
      { numRuns: 300 },
    );
  });

  it('never deletes a backup whose time does not parse', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, backups }) => {
        const deleted = new Set(selectBackupsToDelete(backups, now));
        return backups
          .filter((b) => Number.isNaN(timeOf(b)))
          .every((b) => !deleted.has(b.fileName));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps unverified backups for 24 h only, and they hold no slot', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, backups }) => {
        const deleted = new Set(selectBackupsToDelete(backups, now));
        const since = now.getTime() - DAY;
        return backups
          .filter((b) => !b.verified && !isPinned(b) && !Number.isNaN(timeOf(b)))
          .every((b) => deleted.has(b.fileName) === timeOf(b) <= since);
      }),
      { numRuns: 300 },
    );
  });

  it('returns only names from the input, each once, and bounds what it keeps', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, backups }) => {
        const result = selectBackupsToDelete(backups, now);
        const names = new Set(backups.map((b) => b.fileName));
        expect(result.every((name) => names.has(name))).toBe(true);
        expect(new Set(result).size).toBe(result.length);

        const deleted = new Set(result);
        const keptRotating = backups.filter(
          (b) => !deleted.has(b.fileName) && b.verified && !isPinned(b) && !Number.isNaN(timeOf(b)),
        );
        expect(keptRotating.length).toBeLessThanOrEqual(
          1 + ROTATION_POLICY.recentCap + MAX_DAILY_SLOTS + MAX_MONTHLY_SLOTS,
        );
        // Whatever is kept and older than the daily window sits in a distinct month.
        const old = keptRotating.filter((b) => timeOf(b) <= now.getTime() - 61 * DAY);
        const months = new Set(old.map((b) => b.createdAt.slice(0, 7)));
        expect(months.size).toBe(old.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: selecting again on what is left deletes nothing more', () => {
    fc.assert(
      fc.property(scenarioArb, ({ now, backups }) => {
        const deleted = new Set(selectBackupsToDelete(backups, now));
        const left = backups.filter((b) => !deleted.has(b.fileName));
        expect(selectBackupsToDelete(left, now)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and does not depend on the input order', () => {
    const shuffled = scenarioArb.chain(({ now, backups }) =>
      fc
        .shuffledSubarray(backups, { minLength: backups.length, maxLength: backups.length })
        .map((permuted) => ({ now, backups, permuted })),
    );
    fc.assert(
      fc.property(shuffled, ({ now, backups, permuted }) => {
        const first = selectBackupsToDelete(backups, now);
        expect(selectBackupsToDelete(backups, now)).toEqual(first);
        expect(selectBackupsToDelete(permuted, now)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

describe('selectBackupsToDelete: the policy on examples', () => {
  const now = new Date('2026-06-15T23:59:00.000Z');
  const at = (ms: number, reason = 'scheduled', verified = true): RotationCandidate => {
    const createdAt = new Date(ms).toISOString();
    return { fileName: `${createdAt}-${reason}`, createdAt, reason, verified, pinned: false };
  };

  it('keeps the newest 200 verified backups of the last 24 h', () => {
    // 250 backups over the last ~21 h, all on the same UTC day.
    const backups = Array.from({ length: 250 }, (_, i) => at(now.getTime() - i * 5 * 60 * 1000));
    const deleted = selectBackupsToDelete(backups, now);
    expect(deleted).toHaveLength(50);
    expect(deleted).toEqual(
      backups
        .slice(200)
        .map((b) => b.fileName)
        .reverse(),
    );
  });

  it('thins a long history to one per day for 60 days and one per month for 7 years', () => {
    // Rotating after every write, as the shell does: one verified backup every 6 h for 8 years.
    const start = now.getTime() - 8 * 365 * DAY;
    let kept: RotationCandidate[] = [];
    for (let time = start; time <= now.getTime(); time += 6 * HOUR) {
      kept.push(at(time));
      const deleted = new Set(selectBackupsToDelete(kept, new Date(time)));
      kept = kept.filter((b) => !deleted.has(b.fileName));
    }
    const ages = kept.map((b) => now.getTime() - timeOf(b));
    expect(ages.filter((age) => age < DAY)).toHaveLength(4);
    const days = new Set(
      kept.filter((b) => now.getTime() - timeOf(b) < 60 * DAY).map((b) => b.createdAt.slice(0, 10)),
    );
    expect(days.size).toBeGreaterThanOrEqual(60);
    const older = kept.filter((b) => now.getTime() - timeOf(b) >= 61 * DAY);
    expect(new Set(older.map((b) => b.createdAt.slice(0, 7))).size).toBe(older.length);
    expect(older.length).toBeGreaterThanOrEqual(7 * 12 - 3);
    expect(Math.max(...ages)).toBeLessThan(7 * 366 * DAY);
    expect(kept.length).toBeLessThan(4 + 61 + 85);
  });

  it('keeps pre-migration and year-close backups forever, even unverified', () => {
    const backups = [
      at(now.getTime() - 9 * 365 * DAY, 'pre-migration'),
      at(now.getTime() - 9 * 365 * DAY + HOUR, 'year-close', false),
      { ...at(now.getTime() - 9 * 365 * DAY + 2 * HOUR, 'manual'), pinned: true },
      at(now.getTime() - 9 * 365 * DAY + 3 * HOUR, 'manual'),
      at(now.getTime() - HOUR),
    ];
    expect(selectBackupsToDelete(backups, now)).toEqual([backups[3]?.fileName]);
  });

  it('keeps the newest verified backup however old, and no unverified one after 24 h', () => {
    const old = at(now.getTime() - 10 * 365 * DAY);
    const older = at(now.getTime() - 11 * 365 * DAY);
    const failedRecent = at(now.getTime() - HOUR, 'quit', false);
    const failedOld = at(now.getTime() - 2 * DAY, 'quit', false);
    expect(selectBackupsToDelete([older, old, failedRecent, failedOld], now)).toEqual([
      older.fileName,
      failedOld.fileName,
    ]);
  });

  it('counts backups from a clock that ran ahead as recent, within the same cap', () => {
    const future = Array.from({ length: 300 }, (_, i) => at(now.getTime() + (i + 1) * DAY));
    const deleted = selectBackupsToDelete(future, now);
    expect(deleted).toHaveLength(300 - ROTATION_POLICY.recentCap);
    expect(deleted).toEqual(future.slice(0, 100).map((b) => b.fileName));
  });

  it('deletes nothing when the clock is unknown', () => {
    expect(selectBackupsToDelete([at(0), at(1)], new Date(Number.NaN))).toEqual([]);
  });
});
