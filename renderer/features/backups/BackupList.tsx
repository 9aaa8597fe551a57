import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { useBackupList } from '../../data/backups/useBackups';
import { useBackupText } from './useBackupText';

type Props = {
  list: ReturnType<typeof useBackupList>;
  canRestore: boolean;
  onRestore: (fileName: string) => void;
  busy: boolean;
};

/** The shell's backup files, newest first, with their reason, size, contents and check. */
export const BackupList = ({ list, canRestore, onRestore, busy }: Props) => {
  const { t } = useTranslation();
  const text = useBackupText();
  if (list.backups === undefined) return <p>{t('app.loading')}</p>;
  if (list.error) return <ErrorAlert message={t('backup.listFailed', { message: list.error })} />;
  if (list.backups.length === 0) return <p>{t('backup.listEmpty')}</p>;
  return (
    <table className="register-table">
      <caption>{t('backup.listHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backup.columns.createdAt')}</th>
          <th scope="col">{t('backup.columns.reason')}</th>
          <th scope="col">{t('backup.columns.size')}</th>
          <th scope="col">{t('backup.columns.contents')}</th>
          <th scope="col">{t('backup.columns.verified')}</th>
          {canRestore && <th scope="col">{t('backup.columns.commands')}</th>}
        </tr>
      </thead>
      <tbody>
        {list.backups.map((backup) => {
          const date = text.dateTime(backup.createdAt);
          return (
            <tr key={backup.fileName}>
              <th scope="row">{date}</th>
              <td>
                {text.reason(backup.reason)}
                {backup.pinned && <div className="muted">{t('backup.pinned')}</div>}
              </td>
              <td>{text.size(backup.sizeBytes)}</td>
              <td>{text.counts(backup.counts)}</td>
              <td>{backup.verified ? t('backup.verified') : t('backup.notVerified')}</td>
              {canRestore && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('backup.restoreLabel', { date })}
                    aria-disabled={busy}
                    onClick={() => !busy && onRestore(backup.fileName)}
                  >
                    {t('backup.restore')}
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
