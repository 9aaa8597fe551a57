import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ControlAction, StatusChangeInput } from '../../../shared/domain/control-action';
import { ACTION_STATUSES, statusChangeSchema } from '../../../shared/domain/control-action';
import { useRepositories } from '../../data/RepositoryProvider';
import { useToday } from '../../hooks/useToday';
import { useErrorText, useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';

type Props = { action: ControlAction; onClose: () => void; onSaved: () => void };

/** Updates a row's status with a dated progress note. */
export const StatusDialog = ({ action, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { actions } = useRepositories();
  const today = useToday();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<StatusChangeInput>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { status: action.status, note: '' },
  });

  const handleSave = async (values: StatusChangeInput) => {
    setSaveError(null);
    try {
      await actions.setStatus(action.id, action.rev, values, today);
      onSaved();
    } catch (error) {
      setSaveError(errorText(error));
    }
  };

  return (
    <ModalDialog
      title={t('actions.changeStatusTitle', { objective: action.objective })}
      isOpen
      onClose={onClose}
    >
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <SelectField
          label={t('actions.status')}
          options={ACTION_STATUSES.map((status) => ({
            value: status,
            label: t(`actions.statuses.${status}`),
          }))}
          {...register('status')}
        />
        <TextField
          multiline
          label={t('actions.note')}
          help={t('actions.noteHelp')}
          error={fieldError(formState.errors.note?.message)}
          {...register('note')}
        />
        <ErrorAlert message={saveError} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};
