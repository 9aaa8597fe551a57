import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../data/RepositoryProvider';
import { useToday } from '../../hooks/useToday';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useBackupCommands } from '../../data/backups/useBackups';
import { useCommand } from '../../components/useCommand';

type Props = { year: number; onClose: () => void };

/** Confirms closing a year; a refusal lists what is still incomplete. */
export const CloseYearDialog = ({ year, onClose }: Props) => {
  const { t } = useTranslation();
  const { years } = useRepositories();
  const backups = useBackupCommands();
  const notice = useNotice();
  const today = useToday();
  const command = useCommand();

  const handleClose = () =>
    command.run(async () => {
      // A verified backup of the state being closed, kept for good by the rotation.
      await backups.backupBefore('year-close');
      await years.close(year, today);
      notice.show(t('years.closed', { year }));
      onClose();
    });

  return (
    <ModalDialog title={t('years.closeTitle', { year })} isOpen onClose={onClose}>
      <p>{t('years.closeHelp')}</p>
      <ErrorAlert message={command.error} />
      <DialogButtons
        primary={{ label: t('years.close'), onPress: handleClose, isDisabled: command.isBusy }}
        onCancel={onClose}
      />
    </ModalDialog>
  );
};

/** Reopens a closed year; the reason is required and recorded in the audit trail. */
export const ReopenYearDialog = ({ year, onClose }: Props) => {
  const { t } = useTranslation();
  const { years } = useRepositories();
  const notice = useNotice();
  const [reason, setReason] = useState('');
  const command = useCommand();

  const handleReopen = () =>
    command.run(async () => {
      await years.reopen(year, reason);
      notice.show(t('years.reopened', { year }));
      onClose();
    });

  return (
    <ModalDialog title={t('years.reopenTitle', { year })} isOpen onClose={onClose}>
      <div className="form">
        <TextField
          multiline
          label={t('years.reopenReason')}
          isRequired
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <ErrorAlert message={command.error} />
        <DialogButtons
          primary={{ label: t('years.reopen'), onPress: handleReopen, isDisabled: command.isBusy }}
          onCancel={onClose}
        />
      </div>
    </ModalDialog>
  );
};
