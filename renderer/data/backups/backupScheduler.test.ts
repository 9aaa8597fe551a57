import { describe, expect, it } from 'vitest';
import type { SchedulerClock } from './backupScheduler';
import { createBackupScheduler } from './backupScheduler';

const MINUTE = 60_000;

/** A hand-driven clock: `advance` runs the timers that fall due, in order. */
const manualClock = () => {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: SchedulerClock & { advance: (ms: number) => Promise<void>; pending: () => number } =
    {
      now: () => now,
      setTimeout: (callback, ms) => {
        const id = nextId++;
        timers.set(id, { at: now + ms, callback });
        return id;
      },
      clearTimeout: (handle) => {
        timers.delete(handle as number);
      },
      advance: async (ms) => {
        const end = now + ms;
        for (;;) {
          const due = [...timers.entries()]
            .filter(([, timer]) => timer.at <= end)
            .sort(([, a], [, b]) => a.at - b.at)[0];
          if (!due) break;
          timers.delete(due[0]);
          now = due[1].at;
          due[1].callback();
          // Let the write's promise chain settle before looking at the timers again.
          for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
        }
        now = end;
      },
      pending: () => timers.size,
    };
  return clock;
};

const setup = (write: (reason: string) => Promise<unknown> = async () => undefined) => {
  const clock = manualClock();
  const written: string[] = [];
  const errors: unknown[] = [];
  const scheduler = createBackupScheduler({
    write: async (reason) => {
      written.push(reason);
      await write(reason);
    },
    onError: (error) => errors.push(error),
    intervalMs: 15 * MINUTE,
    clock,
  });
  return { clock, written, errors, scheduler };
};

describe('automatic backup schedule', () => {
  it('writes nothing while nothing changes, and nothing on quit', async () => {
    const { clock, written, scheduler } = setup();
    scheduler.observe('head-1');
    await clock.advance(60 * MINUTE);
    await scheduler.onQuit();
    expect(written).toEqual([]);
  });

  it('writes at most one scheduled backup per 15 minutes while changes keep coming', async () => {
    const { clock, written, scheduler } = setup();
    scheduler.observe('head-1');
    await clock.advance(2 * MINUTE);
    scheduler.observe('head-2');
    await clock.advance(12 * MINUTE);
    expect(written).toEqual([]);
    await clock.advance(1 * MINUTE);
    expect(written).toEqual(['scheduled']);
    for (let minute = 0; minute < 14; minute += 1) {
      scheduler.observe(`head-${minute + 3}`);
      await clock.advance(MINUTE);
    }
    expect(written).toEqual(['scheduled']);
    await clock.advance(MINUTE);
    expect(written).toEqual(['scheduled', 'scheduled']);
    // No more changes: no more backups.
    await clock.advance(60 * MINUTE);
    expect(written).toEqual(['scheduled', 'scheduled']);
    expect(clock.pending()).toBe(0);
  });

  it('writes a quit backup only when something changed since the last one', async () => {
    const { clock, written, scheduler } = setup();
    scheduler.observe('head-1');
    scheduler.observe('head-2');
    await clock.advance(15 * MINUTE);
    expect(written).toEqual(['scheduled']);
    scheduler.observe('head-3');
    await clock.advance(MINUTE);
    await scheduler.onQuit();
    expect(written).toEqual(['scheduled', 'quit']);
    expect(clock.pending()).toBe(0);
  });

  it('reports a failed backup and tries again after another interval', async () => {
    let fail = true;
    const { clock, written, errors, scheduler } = setup(async () => {
      if (fail) throw new Error('levy täynnä');
    });
    scheduler.observe('head-1');
    scheduler.observe('head-2');
    await clock.advance(15 * MINUTE);
    expect(errors).toHaveLength(1);
    fail = false;
    await clock.advance(14 * MINUTE);
    expect(written).toEqual(['scheduled']);
    await clock.advance(MINUTE);
    expect(written).toEqual(['scheduled', 'scheduled']);
    await scheduler.onQuit();
    expect(written).toEqual(['scheduled', 'scheduled']);
  });
});
