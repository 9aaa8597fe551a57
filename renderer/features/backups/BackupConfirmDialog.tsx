import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDocument } from '../../../shared/backup/format';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useBackupText } from './useBackupText';

export type ConfirmMode = 'restore' | 'import';

type Props = {
  mode: ConfirmMode;
  document: BackupDocument;
  /** The shell saves the current state first; the browser can only offer a download. */
  savesCurrentFirst: boolean;
  onDownloadCurrent: () => Promise<void>;
  onConfirm: () => Promise<void>;
  onClose: () => void;
};

/** Says what a restore or an import will do, and how to undo it, before anything changes. */
export const BackupConfirmDialog = ({
  mode,
  document,
  savesCurrentFirst,
  onDownloadCurrent,
  onConfirm,
  onClose,
}: Props) => {
  const { t } = useTranslation();
  const text = useBackupText();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const counts = Object.fromEntries(
    Object.entries(document.tables).map(([name, rows]) => [name, rows.length]),
  );

  const act = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const isRestore = mode === 'restore';
  return (
    <ModalDialog
      title={isRestore ? t('backup.restoreTitle') : t('backup.importTitle')}
      isOpen
      onClose={onClose}
    >
      <p>
        {t('backup.summary', {
          organisation: document.organisation || t('backup.noOrganisation'),
          date: text.dateTime(document.createdAt),
          contents: text.counts(counts),
        })}
      </p>
      <p>{isRestore ? t('backup.restoreWarning') : t('backup.importExplain')}</p>
      {savesCurrentFirst ? (
        <p>{isRestore ? t('backup.restoreUndoDesktop') : t('backup.importUndoDesktop')}</p>
      ) : (
        <>
          <p>{isRestore ? t('backup.restoreUndoWeb') : t('backup.importUndoWeb')}</p>
          <div className="form__buttons">
            <button
              type="button"
              className="button"
              aria-disabled={busy}
              onClick={() => act(onDownloadCurrent)}
            >
              {t('backup.downloadCurrent')}
            </button>
          </div>
        </>
      )}
      {busy && <p role="status">{t('backup.working')}</p>}
      <ErrorAlert message={error} />
      <div className="form__buttons">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy}
          onClick={() => act(onConfirm)}
        >
          {isRestore ? t('backup.confirmRestore') : t('backup.confirmImport')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};
