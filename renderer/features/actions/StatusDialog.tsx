import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ControlAction, StatusChangeInput } from '../../../shared/domain/control-action';
import { ACTION_STATUSES, statusChangeSchema } from '../../../shared/domain/control-action';
import { useRepositories } from '../../data/RepositoryProvider';
import { useToday } from '../../hooks/useToday';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { AsOpened } from './AsOpened';

type Props = { action: ControlAction; onClose: () => void; onSaved: () => void };

/** Updates a row's status with a dated progress note. */
const StatusDialogForm = ({ action, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { actions } = useRepositories();
  const today = useToday();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState } = useForm<StatusChangeInput>({
    resolver: zodResolver(statusChangeSchema),
    defaultValues: { status: action.status, note: '' },
  });

  const handleSave = (values: StatusChangeInput) =>
    save.run(async () => {
      await actions.setStatus(action.id, action.rev, values, today);
      onSaved();
    });

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
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};

/** StatusDialog on the action as stored when it opens (a table may still show the version before a save). */
export const StatusDialog = (props: Props) => (
  <AsOpened id={props.action.id} onGone={props.onClose}>
    {(action) => <StatusDialogForm {...props} action={action} />}
  </AsOpened>
);
