import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText } from '../../hooks/useErrorText';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { useNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useBackupCommands } from '../../data/backups/useBackups';

type Props = { year: number; onClose: () => void };

/** Confirms closing a year; a refusal lists what is still incomplete. */
export const CloseYearDialog = ({ year, onClose }: Props) => {
  const { t } = useTranslation();
  const { years } = useRepositories();
  const backups = useBackupCommands();
  const notice = useNotice();
  const errorText = useErrorText();
  const today = useToday();
  const [error, setError] = useState<string | null>(null);

  const handleClose = async () => {
    setError(null);
    try {
      // A verified backup of the state being closed, kept for good by the rotation.
      await backups.backupBefore('year-close');
      await years.close(year, today);
      notice.show(t('years.closed', { year }));
      onClose();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <ModalDialog title={t('years.closeTitle', { year })} isOpen onClose={onClose}>
      <p>{t('years.closeHelp')}</p>
      <ErrorAlert message={error} />
      <div className="form__buttons">
        <button type="button" className="button button--primary" onClick={handleClose}>
          {t('years.close')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
};

/** Reopens a closed year; the reason is required and recorded in the audit trail. */
export const ReopenYearDialog = ({ year, onClose }: Props) => {
  const { t } = useTranslation();
  const { years } = useRepositories();
  const notice = useNotice();
  const errorText = useErrorText();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleReopen = async () => {
    setError(null);
    try {
      await years.reopen(year, reason);
      notice.show(t('years.reopened', { year }));
      onClose();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

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
        <ErrorAlert message={error} />
        <div className="form__buttons">
          <button type="button" className="button button--primary" onClick={handleReopen}>
            {t('years.reopen')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
};
