import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Command } from '../../components/useCommand';
import { usePlatform } from '../../platform/PlatformContext';
import { backupDownloadName } from '../../data/backups/backupService';
import { useBackupText } from './useBackupText';
import { usePreMigrationBackups } from '../../data/backups/usePreMigrationBackups';
import { BACKUP_MIME_TYPE } from '../../data/backups/useBackups';

type Props = {
  canRestore: boolean;
  /** The section's command: its busy state and error message. */
  command: Command;
  /** A backup's text to read, check and confirm, as a file chosen for restore would be. */
  onRestore: (fileName: string, read: () => Promise<string>) => void;
};

/**
 * Browser only: the copies taken before each schema upgrade, kept in a database of their own.
 * Each can be downloaded as a backup file and, by a controller, restored (it is brought up to
 * today's schema on reading). Shows nothing where there are none (and so on desktop).
 */
export const PreMigrationBackups = ({ canRestore, command, onRestore }: Props) => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const text = useBackupText();
  const { backups, error, read } = usePreMigrationBackups();
  if (error)
    return <ErrorAlert message={t('backup.preMigration.listFailed', { message: error })} />;
  if (!backups || backups.length === 0) return null;

  const busy = command.isBusy;
  const download = (id: number, fileName: string) =>
    command.run(
      async () => {
        const content = await read(id);
        await platform.files.saveAs({
          suggestedName: fileName,
          mimeType: BACKUP_MIME_TYPE,
          content,
        });
      },
      { label: t('backup.working') },
    );
  const restore = (id: number, fileName: string) => onRestore(fileName, () => read(id));

  return (
    <>
      <h3>{t('backup.preMigration.heading')}</h3>
      <p>{t('backup.preMigration.help')}</p>
      <table className="register-table">
        <caption className="visually-hidden">{t('backup.preMigration.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.columns.createdAt')}</th>
            <th scope="col">{t('backup.columns.reason')}</th>
            <th scope="col">{t('backup.columns.size')}</th>
            <th scope="col">{t('backup.columns.commands')}</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const date = text.dateTime(backup.createdAt);
            const version = backup.toVersion;
            const fileName = backupDownloadName(new Date(backup.createdAt)).replace(
              'valvo-varmuuskopio-',
              `valvo-varmuuskopio-ennen-versiota-${version}-`,
            );
            return (
              <tr key={backup.id}>
                <th scope="row">{date}</th>
                <td>
                  {t('backup.preMigration.label', { version })}
                  <div className="muted">{t('backup.pinned')}</div>
                </td>
                <td>{text.size(backup.sizeBytes)}</td>
                <td>
                  <div className="toolbar">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('backup.preMigration.downloadLabel', { version, date })}
                      aria-disabled={busy}
                      onClick={() => !busy && void download(backup.id, fileName)}
                    >
                      {t('backup.preMigration.download')}
                    </button>
                    {canRestore && (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('backup.preMigration.restoreLabel', { version, date })}
                        aria-disabled={busy}
                        onClick={() => !busy && restore(backup.id, fileName)}
                      >
                        {t('backup.restore')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
};
