import { useId, useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { isDomainError } from '../../data/core/domainError';
import { useBackupCommands } from '../../data/backups/useBackups';
import { WarningSign } from '../../components/Alert';
import { DialogButtons } from '../../components/DialogButtons';
import { storageFigures } from './storageAmounts';
import type { StorageFailure } from '../../data/core/storageFailure';
import { useStorageEstimate } from './useStorageEstimate';

type Props = { failure: StorageFailure; onClose: () => void };

type BackupState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'failed'; message: string };

/**
 * The blocking "not saved" message for a write that ran out of storage. It opens over the form
 * that failed and leaves it open underneath, so what was typed is still there to save again.
 * An alertdialog with a focus trap (React Aria); closing returns focus to the Save button.
 */
export const StorageFullDialog = ({ failure, onClose }: Props) => {
  const { t, i18n } = useTranslation();
  const { estimate } = useStorageEstimate();
  const commands = useBackupCommands();
  const errorText = useErrorText();
  const [backup, setBackup] = useState<BackupState>({ kind: 'idle' });
  const messageId = useId();

  const handleSaveBackup = async () => {
    if (backup.kind === 'saving') return;
    setBackup({ kind: 'saving' });
    try {
      const saved = await commands.download();
      setBackup(saved.saved ? { kind: 'saved', fileName: saved.fileName ?? '' } : { kind: 'idle' });
    } catch (error) {
      // The backup commands explain their own refusals (e.g. the file could not be written).
      const message = isDomainError(error)
        ? errorText(error)
        : t('storage.full.backupFailed', {
            message: error instanceof Error ? error.message : String(error),
          });
      setBackup({ kind: 'failed', message });
    }
  };

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => !open && onClose()}
      isDismissable={false}
    >
      <Modal className="modal">
        <Dialog role="alertdialog" aria-describedby={messageId} className="dialog">
          <Heading slot="title" className="dialog__title">
            <WarningSign />
            {t('storage.full.title')}
          </Heading>
          <p id={messageId} className="alert alert--error">
            {failure.kind === 'diskFull' ? t('storage.full.diskFull') : t('storage.full.quota')}
          </p>
          <p>{t('storage.full.kept')}</p>
          <h3>{t('storage.full.stepsHeading')}</h3>
          <ol>
            <li>{t('storage.full.stepFree')}</li>
            <li>{t('storage.full.stepBackup')}</li>
            <li>{t('storage.full.stepRetry')}</li>
          </ol>
          {estimate !== undefined && (
            <p>
              {estimate
                ? t('storage.full.usage', storageFigures(estimate, i18n.language))
                : t('storage.full.usageUnknown')}
            </p>
          )}
          <p role="status">
            {backup.kind === 'saving' && t('storage.full.savingBackup')}
            {backup.kind === 'saved' &&
              t('storage.full.backupSaved', { fileName: backup.fileName })}
            {backup.kind === 'failed' && backup.message}
          </p>
          <DialogButtons
            primary={{ label: t('storage.full.close'), onPress: onClose }}
            secondary={{
              label: t('storage.full.saveBackup'),
              onPress: () => void handleSaveBackup(),
              isDisabled: backup.kind === 'saving',
            }}
          />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
};
