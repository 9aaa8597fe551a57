import { useTranslation } from 'react-i18next';
import { useNotice } from '../../components/Notice';
import { useBackupSchedule } from '../../data/backups/useBackupSchedule';
import { useErrorText } from '../../hooks/useErrorText';

/**
 * Automatic backups on desktop (data/backups/useBackupSchedule), with every failure shown as a
 * notice, not hidden. Mount once, in the app shell.
 */
export const useAutomaticBackups = () => {
  const notice = useNotice();
  const { t } = useTranslation();
  const errorText = useErrorText();
  useBackupSchedule((error) =>
    notice.show(t('backup.scheduledFailed', { message: errorText(error) })),
  );
};
