import { useTranslation } from 'react-i18next';
import type { BackupDocument } from '../../../shared/backup/format';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useCommand } from '../../components/useCommand';
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
  const command = useCommand();

  const counts = Object.fromEntries(
    Object.entries(document.tables).map(([name, rows]) => [name, rows.length]),
  );

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
          <DialogButtons
            secondary={{
              label: t('backup.downloadCurrent'),
              onPress: () => void command.run(onDownloadCurrent),
              isDisabled: command.isBusy,
            }}
          />
        </>
      )}
      {command.isBusy && <p role="status">{t('backup.working')}</p>}
      <ErrorAlert message={command.error} />
      <DialogButtons
        primary={{
          label: isRestore ? t('backup.confirmRestore') : t('backup.confirmImport'),
          onPress: () => void command.run(onConfirm),
          isDisabled: command.isBusy,
        }}
        onCancel={onClose}
      />
    </ModalDialog>
  );
};
