import type { BackupReason } from '../../../shared/desktop-api';

/** At most one scheduled backup per this interval, and only when something changed. */
export const SCHEDULED_BACKUP_INTERVAL_MS = 15 * 60_000;

export type SchedulerClock = {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

type Options = {
  write: (reason: Extract<BackupReason, 'scheduled' | 'quit'>) => Promise<unknown>;
  onError: (error: unknown) => void;
  intervalMs?: number;
  clock?: SchedulerClock;
};

const systemClock: SchedulerClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

/**
 * Decides when the automatic backups run. It is told the audit chain head whenever it changes;
 * the first head it hears is the starting point. A changed head means unsaved changes: a
 * 'scheduled' backup follows no sooner than `intervalMs` after the previous one (or the start).
 * `onQuit` writes a 'quit' backup if anything changed since the last one. Writes never overlap.
 */
export const createBackupScheduler = ({
  write,
  onError,
  intervalMs = SCHEDULED_BACKUP_INTERVAL_MS,
  clock = systemClock,
}: Options) => {
  let savedHead: string | null | undefined;
  let currentHead: string | null | undefined;
  let lastBackupAt = clock.now();
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const hasChanges = () => currentHead !== undefined && currentHead !== savedHead;

  const run = (reason: 'scheduled' | 'quit') => {
    const head = currentHead;
    running = write(reason)
      .then(() => {
        savedHead = head;
      })
      .catch(onError)
      .finally(() => {
        // A failed backup is retried after another interval rather than in a tight loop.
        lastBackupAt = clock.now();
        running = null;
        schedule();
      });
    return running;
  };

  const schedule = () => {
    if (stopped || timer !== null || running !== null || !hasChanges()) return;
    const wait = Math.max(0, lastBackupAt + intervalMs - clock.now());
    timer = clock.setTimeout(() => {
      timer = null;
      if (!stopped && hasChanges()) void run('scheduled');
    }, wait);
  };

  const cancelTimer = () => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  return {
    observe: (head: string | null) => {
      if (savedHead === undefined && currentHead === undefined) savedHead = head;
      currentHead = head;
      schedule();
    },
    onQuit: async () => {
      cancelTimer();
      if (running) await running;
      stopped = true;
      cancelTimer();
      if (hasChanges()) await run('quit');
    },
    stop: () => {
      stopped = true;
      cancelTimer();
    },
  };
};

export type BackupScheduler = ReturnType<typeof createBackupScheduler>;
