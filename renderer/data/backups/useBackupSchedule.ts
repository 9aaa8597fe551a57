import { liveQuery } from 'dexie';
import { useEffect, useRef } from 'react';
import type { DesktopApi } from '../../../shared/desktop-api';
import { useDatabase } from '../core/DatabaseProvider';
import { APP_VERSION } from '../../platform';
import { usePlatform } from '../../platform/PlatformContext';
import { takeBackup } from './backupService';
import type { BackupScheduler } from './backupScheduler';
import { createBackupScheduler } from './backupScheduler';

/**
 * The shell calls its quit callback once and cannot forget one, so it is registered once per
 * platform object and forwards to whichever scheduler is mounted now.
 */
const quitRegistered = new WeakSet<DesktopApi>();
const activeSchedulers = new WeakMap<DesktopApi, BackupScheduler>();

const registerQuit = (platform: DesktopApi) => {
  if (quitRegistered.has(platform)) return;
  quitRegistered.add(platform);
  platform.backups.onQuitRequested(async () => {
    await activeSchedulers.get(platform)?.onQuit();
  });
};

/**
 * Automatic backups on desktop (D8): a 'scheduled' one at most every 15 minutes while the audit
 * chain head keeps changing, and a 'quit' one when the app closes with changes since the last.
 * Every failure goes to `onError` (the screens show it). The web build has no backup folder and
 * does nothing here. Mount once, in the app shell.
 */
export const useBackupSchedule = (onError: (error: unknown) => void) => {
  const db = useDatabase();
  const platform = usePlatform();
  const report = useRef(onError);
  useEffect(() => {
    report.current = onError;
  });

  useEffect(() => {
    if (!platform.capabilities.canWriteBackupFiles) return;
    const scheduler = createBackupScheduler({
      write: (reason) => takeBackup(db, platform, reason, APP_VERSION),
      onError: (error) => report.current(error),
    });
    const subscription = liveQuery(() => db.auditEvents.orderBy('seq').last()).subscribe({
      next: (event) => scheduler.observe(event?.hash ?? null),
      error: (error: unknown) => report.current(error),
    });
    activeSchedulers.set(platform, scheduler);
    registerQuit(platform);
    return () => {
      subscription.unsubscribe();
      scheduler.stop();
      if (activeSchedulers.get(platform) === scheduler) activeSchedulers.delete(platform);
    };
  }, [db, platform]);
};
