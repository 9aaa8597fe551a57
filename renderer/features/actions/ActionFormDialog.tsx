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
import { DateField } from '../../components/DateField';
import type { LanguageCode } from '../../../shared/dates';
import { INTERNAL_CONTROL_KIND_ID, labelsOf } from '../../../shared/domain/table-kind';
import type { GoalLists } from '../../data/goals/useGoalLists';
import { useGoalLists } from '../../data/goals/useGoalLists';

type Props = {
  /** The kinds and the year's priorities: the form waits for them (see ActionFormDialog). */
  lists?: GoalLists;
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
  kindId: action?.kindId ?? INTERNAL_CONTROL_KIND_ID,
  priorityId: action?.priorityId ?? '',
});

const ActionForm = ({ lists, unitId, year, action, onClose, onSaved }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
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
  const kindId = useWatch({ control, name: 'kindId' });
  const kinds = (lists?.kinds ?? []).filter((kind) => !kind.retired || kind.id === action?.kindId);
  const kind = kinds.find((item) => item.id === kindId);
  // The text fields are named as the chosen table's columns.
  const labels = kind ? labelsOf(kind, language) : null;

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
        <SelectField
          label={t('goals.kind')}
          options={kinds.map((item) => ({ value: item.id, label: labelsOf(item, language).name }))}
          {...register('kindId')}
        />
        {kind?.usesPriorities && (
          <SelectField
            label={t('goals.priority')}
            options={[
              { value: '', label: t('goals.noPriority') },
              ...(lists?.priorities ?? []).map((item) => ({ value: item.id, label: item.name })),
            ]}
            {...register('priorityId')}
          />
        )}
        <TextField
          multiline
          label={labels?.objective ?? t('actions.objective')}
          isRequired
          error={fieldError(errors.objective?.message)}
          {...register('objective')}
        />
        <TextField
          multiline
          label={labels?.actions ?? t('actions.actions')}
          error={fieldError(errors.actions?.message)}
          {...register('actions')}
        />
        <TextField
          multiline
          label={labels?.indicator ?? t('actions.indicator')}
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
export const ActionFormDialog = (props: Props) => {
  const lists = useGoalLists(props.year);
  if (!lists) return null;
  return props.action === null ? (
    <ActionForm {...props} lists={lists} />
  ) : (
    <AsOpened id={props.action.id} onGone={props.onClose}>
      {(action) => <ActionForm {...props} lists={lists} action={action} />}
    </AsOpened>
  );
};
