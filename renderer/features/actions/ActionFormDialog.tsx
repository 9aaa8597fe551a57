import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateForInput } from '../../../shared/dates';
import type {
  ActionFormValues,
  ActionInput,
  ControlAction,
} from '../../../shared/domain/control-action';
import { ACTION_STATUSES, actionInputSchema } from '../../../shared/domain/control-action';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { AsOpened } from './AsOpened';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateField } from './DateField';

type Props = {
  unitId: string;
  year: number;
  action: ControlAction | null;
  onClose: () => void;
  onSaved: () => void;
};

const toFormValues = (action: ControlAction | null): ActionFormValues => ({
  objective: action?.objective ?? '',
  actions: action?.actions ?? '',
  indicator: action?.indicator ?? '',
  owner: action?.owner ?? '',
  deadline: action?.deadline ? formatDateForInput(action.deadline) : '',
  status: action?.status ?? 'not_started',
});

const ActionForm = ({ unitId, year, action, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { actions } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState, control, setValue, getValues } = useForm<
    ActionFormValues,
    unknown,
    ActionInput
  >({
    resolver: zodResolver(actionInputSchema(year)),
    defaultValues: toFormValues(action),
  });
  const errors = formState.errors;
  const deadlineText = useWatch({ control, name: 'deadline' });

  const handleSave = async () => {
    // The repository parses the typed values itself with the same schema.
    const values = getValues();
    await save.run(async () => {
      if (action) await actions.update(action.id, action.rev, values);
      else await actions.create(unitId, year, values);
      onSaved();
    });
  };

  return (
    <ModalDialog
      title={action ? t('actions.editTitle') : t('actions.addTitle')}
      isOpen
      onClose={onClose}
    >
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <TextField
          multiline
          label={t('actions.objective')}
          isRequired
          error={fieldError(errors.objective?.message)}
          {...register('objective')}
        />
        <TextField
          multiline
          label={t('actions.actions')}
          error={fieldError(errors.actions?.message)}
          {...register('actions')}
        />
        <TextField
          multiline
          label={t('actions.indicator')}
          error={fieldError(errors.indicator?.message)}
          {...register('indicator')}
        />
        <TextField
          label={t('actions.owner')}
          error={fieldError(errors.owner?.message)}
          {...register('owner')}
        />
        <DateField
          label={t('actions.deadline')}
          help={t('actions.deadlineHelp', { year })}
          error={fieldError(errors.deadline?.message)}
          value={deadlineText}
          onPick={(text) => setValue('deadline', text, { shouldValidate: true, shouldDirty: true })}
          {...register('deadline')}
        />
        <SelectField
          label={t('actions.status')}
          options={ACTION_STATUSES.map((status) => ({
            value: status,
            label: t(`actions.statuses.${status}`),
          }))}
          {...register('status')}
        />
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};

/**
 * Adds a row or edits one: the budget's three columns plus owner, deadline and status. An edit
 * starts from the row as stored when the dialog opens (a table may still show the version before
 * a save).
 */
export const ActionFormDialog = (props: Props) =>
  props.action === null ? (
    <ActionForm {...props} />
  ) : (
    <AsOpened id={props.action.id} onGone={props.onClose}>
      {(action) => <ActionForm {...props} action={action} />}
    </AsOpened>
  );
