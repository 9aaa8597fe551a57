import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES } from '../../../shared/domain/control-action';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText, useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { useNotice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/DateField';
import { useCommand } from '../../components/useCommand';
import type { BulkFormValues } from './bulkForm';
import { bulkFormSchema, emptyBulkForm, toBulkChange } from './bulkForm';
import type { BulkActionRef, BulkUndoToken } from '../../data/actions/bulkRepository';
import './bulk.css';

type Props = {
  actions: BulkActionRef[];
  onClose: (result?: { changed: number }) => void;
};

/**
 * Changes owner, deadline and/or status of the selected actions in one write. Afterwards the
 * notice offers "Kumoa", which puts every action back as long as none has changed since.
 */
export const BulkUpdateDialog = ({ actions, onClose }: Props) => {
  const { t } = useTranslation();
  const { bulk } = useRepositories();
  const notice = useNotice();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState, control, setValue } = useForm<BulkFormValues>({
    resolver: zodResolver(bulkFormSchema),
    defaultValues: emptyBulkForm(),
  });
  const errors = formState.errors;
  const [changeOwner, changeDeadline, changeStatus, deadlineText] = useWatch({
    control,
    name: ['changeOwner', 'changeDeadline', 'changeStatus', 'deadline'],
  });

  const handleUndo = async (token: BulkUndoToken) => {
    try {
      const { restored } = await bulk.undo(token);
      notice.show(t('worklists.bulk.undone', { count: restored }));
    } catch (error) {
      notice.show(errorText(error));
    }
  };

  const handleSave = (values: BulkFormValues) =>
    save.run(async () => {
      const token = await bulk.updateActions(actions, toBulkChange(values));
      const changed = token.rows.length;
      onClose({ changed });
      if (changed === 0) notice.show(t('worklists.bulk.noneChanged'));
      else
        notice.show(t('worklists.bulk.done', { count: changed }), {
          label: t('app.undo'),
          onAction: () => void handleUndo(token),
        });
    });

  return (
    <ModalDialog title={t('worklists.bulk.title')} isOpen onClose={() => onClose()}>
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <p>
          <strong>{t('worklists.bulk.count', { count: actions.length })}</strong>
        </p>
        <p className="muted">{t('worklists.bulk.help')}</p>
        <div className="bulk-field">
          <label className="checklist__item">
            <input type="checkbox" {...register('changeOwner')} />
            {t('worklists.bulk.changeOwner')}
          </label>
          {changeOwner && (
            <TextField
              label={t('actions.owner')}
              error={fieldError(errors.owner?.message)}
              {...register('owner')}
            />
          )}
        </div>
        <div className="bulk-field">
          <label className="checklist__item">
            <input type="checkbox" {...register('changeDeadline')} />
            {t('worklists.bulk.changeDeadline')}
          </label>
          {changeDeadline && (
            <DateField
              label={t('actions.deadline')}
              help={t('worklists.bulk.deadlineHelp')}
              error={fieldError(errors.deadline?.message)}
              value={deadlineText}
              onPick={(text) =>
                setValue('deadline', text, { shouldValidate: true, shouldDirty: true })
              }
              {...register('deadline')}
            />
          )}
        </div>
        <div className="bulk-field">
          <label className="checklist__item">
            <input type="checkbox" {...register('changeStatus')} />
            {t('worklists.bulk.changeStatus')}
          </label>
          {changeStatus && (
            <SelectField
              label={t('actions.status')}
              options={ACTION_STATUSES.map((status) => ({
                value: status,
                label: t(`actions.statuses.${status}`),
              }))}
              {...register('status')}
            />
          )}
        </div>
        <ErrorAlert message={fieldError(errors.changeOwner?.message) ?? null} />
        <TextField
          multiline
          label={t('actions.note')}
          help={t('worklists.bulk.noteHelp')}
          error={fieldError(errors.note?.message)}
          {...register('note')}
        />
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={() => onClose()} />
      </form>
    </ModalDialog>
  );
};
