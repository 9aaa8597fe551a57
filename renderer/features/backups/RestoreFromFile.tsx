import type { ChangeEvent } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/settings';
import { MAX_BACKUP_BYTES } from '../../../shared/desktop-api';
import type { ConfirmMode } from './BackupConfirmDialog';
import { readBackup } from '../../data/backups/readBackup';

type Props = {
  /** undefined while loading, null before a profile exists. */
  profile: Profile | null | undefined;
  busy: boolean;
  /** A chosen file to check whole, then confirm or refuse. */
  onCheck: (
    mode: ConfirmMode,
    fileName: string,
    read: () => Promise<ReturnType<typeof readBackup>>,
  ) => void;
};

/** Restore or import from a backup file, for controllers (the data layer refuses others too). */
export const RestoreFromFile = ({ profile, busy, onCheck }: Props) => {
  const { t } = useTranslation();
  const restoreInputId = useId();
  const importInputId = useId();

  const handleFile = (mode: ConfirmMode) => (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (!file) return;
    onCheck(mode, file.name, async () =>
      file.size > MAX_BACKUP_BYTES
        ? { ok: false, problems: [{ path: '$', message: 'backup.errors.tooLarge' }] }
        : readBackup(await file.text()),
    );
  };

  return (
    <>
      <h3>{t('backup.filesHeading')}</h3>
      {profile === undefined ? (
        <p>{t('app.loading')}</p>
      ) : profile?.role === 'controller' ? (
        <>
          <p>{t('backup.filesHelp')}</p>
          <div className="field">
            <label htmlFor={restoreInputId}>{t('backup.restoreFromFile')}</label>
            <input
              id={restoreInputId}
              type="file"
              accept=".json,application/json"
              // Not disabled while busy: that would drop focus on the page body; the section's
              // command ignores a file chosen meanwhile.
              aria-disabled={busy}
              onChange={handleFile('restore')}
            />
          </div>
          <div className="field">
            <label htmlFor={importInputId}>{t('backup.importFromFile')}</label>
            <input
              id={importInputId}
              type="file"
              accept=".json,application/json"
              aria-disabled={busy}
              onChange={handleFile('import')}
            />
          </div>
        </>
      ) : (
        <p>{t('backup.controllerOnly')}</p>
      )}
    </>
  );
};
