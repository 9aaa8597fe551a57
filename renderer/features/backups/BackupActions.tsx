import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/settings';
import { DialogButtons } from '../../components/DialogButtons';
import { useNotice } from '../../components/Notice';
import type { Command } from '../../components/useCommand';
import { usePlatform } from '../../platform/PlatformContext';
import { BackupList } from './BackupList';
import type { useBackupList } from '../../data/backups/useBackups';
import { useBackupCommands } from '../../data/backups/useBackups';

type Props = {
  /** undefined while loading, null before a profile exists. */
  profile: Profile | null | undefined;
  /** The section's command: one run at a time, its label and error shown under the section. */
  command: Command;
  list: ReturnType<typeof useBackupList>;
  onDownload: () => Promise<void>;
  /** A listed backup file to read and check, then confirm or refuse. */
  onRestoreListed: (fileName: string) => void;
};

/**
 * Desktop: the shell's verified backup files with restore, and a backup on demand. Browser: a
 * reminder and a download. A reader changes nothing, so has nothing of their own to back up.
 */
export const BackupActions = ({ profile, command, list, onDownload, onRestoreListed }: Props) => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const commands = useBackupCommands();
  const notice = useNotice();
  const canBackUp = profile !== undefined && profile?.role !== 'reader';
  const working = { label: t('backup.working') };

  const handleBackupNow = () =>
    command.run(async () => {
      await commands.backupNow();
      notice.show(t('backup.backupTaken'));
      list.refresh();
    }, working);

  if (platform.capabilities.canWriteBackupFiles)
    return (
      <>
        <p>{t('backup.desktopHelp')}</p>
        {canBackUp && (
          <DialogButtons
            secondary={{
              label: t('backup.backupNow'),
              onPress: () => void handleBackupNow(),
              isDisabled: command.isBusy,
            }}
          />
        )}
        <BackupList
          list={list}
          canRestore={profile?.role === 'controller'}
          onRestore={onRestoreListed}
          busy={command.isBusy}
        />
      </>
    );
  if (canBackUp)
    return (
      <>
        <p>{t('backup.webReminder')}</p>
        <DialogButtons
          secondary={{
            label: t('backup.download'),
            onPress: () => void command.run(onDownload, working),
            isDisabled: command.isBusy,
          }}
        />
      </>
    );
  return profile !== undefined ? <p>{t('backup.readerNote')}</p> : null;
};
