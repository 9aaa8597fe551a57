import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ControlAction, OutcomeFormValues } from '../../../shared/domain/control-action';
import { FINAL_ACTION_STATUSES, outcomeInputSchema } from '../../../shared/domain/control-action';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { AsOpened } from '../actions';

type Props = { action: ControlAction; onClose: () => void; onSaved: () => void };

/** Records an action's realised outcome against its indicator: final status, text and evidence. */
const OutcomeDialogForm = ({ action, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { actions } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const initialStatus = FINAL_ACTION_STATUSES.includes(action.status) ? action.status : 'done';
  const { register, handleSubmit, formState, getValues } = useForm<
    OutcomeFormValues,
    unknown,
    z.output<typeof outcomeInputSchema>
  >({
    resolver: zodResolver(outcomeInputSchema),
    defaultValues: {
      status: action.outcome?.status ?? initialStatus,
      text: action.outcome?.text ?? '',
      evidence: action.outcome?.evidence.join('\n') ?? '',
    },
  });

  const handleSave = () =>
    save.run(async () => {
      await actions.setOutcome(action.id, action.rev, getValues());
      onSaved();
    });

  return (
    <ModalDialog
      title={t('review.outcomeTitle', { objective: action.objective })}
      isOpen
      onClose={onClose}
    >
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <SelectField
          label={t('review.outcomeStatus')}
          options={FINAL_ACTION_STATUSES.map((status) => ({
            value: status,
            label: t(`actions.statuses.${status}`),
          }))}
          {...register('status')}
        />
        <TextField
          multiline
          label={t('review.outcomeText')}
          help={t('review.outcomeTextHelp', { indicator: action.indicator || '–' })}
          isRequired
          error={fieldError(formState.errors.text?.message)}
          {...register('text')}
        />
        <TextField
          multiline
          label={t('review.evidence')}
          error={fieldError(formState.errors.evidence?.message)}
          {...register('evidence')}
        />
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};

/** OutcomeDialog on the action as stored when it opens (a table may still show the version before a save). */
export const OutcomeDialog = (props: Props) => (
  <AsOpened id={props.action.id} onGone={props.onClose}>
    {(action) => <OutcomeDialogForm {...props} action={action} />}
  </AsOpened>
);
