import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ControlAction, JudgementOverrideInput } from '../../../shared/domain/control-action';
import { judgementOverrideInputSchema } from '../../../shared/domain/control-action';
import { JUDGEMENTS } from '../../../shared/domain/indicator';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCommand } from '../../components/useCommand';
import { useFocusFirstField } from '../../components/useFocusFirstField';

type Props = { action: ControlAction; onDone: (saved: boolean) => void };

/**
 * A person's judgement of the whole row in place of the rule's, with the reason written out
 * (the change log keeps who and when); or taking an earlier one back.
 */
export const OverrideForm = ({ action, onDone }: Props) => {
  const { t } = useTranslation();
  const { actions } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const current = action.judgementOverride;
  const { register, handleSubmit, formState } = useForm<JudgementOverrideInput>({
    resolver: zodResolver(judgementOverrideInputSchema),
    defaultValues: { judgement: current?.judgement ?? 'met', reason: current?.reason ?? '' },
  });

  const handleSave = (values: JudgementOverrideInput) =>
    save.run(async () => {
      await actions.overrideJudgement(action.id, action.rev, values);
      onDone(true);
    });
  const handleRemove = () =>
    save.run(async () => {
      await actions.overrideJudgement(action.id, action.rev, null);
      onDone(true);
    });

  return (
    <form ref={formRef} onSubmit={handleSubmit(handleSave)} noValidate className="form">
      <h3 className="dialog__subtitle">{t('goals.override.title')}</h3>
      <p className="muted">{t('goals.override.help')}</p>
      <SelectField
        label={t('goals.override.judgement')}
        options={JUDGEMENTS.map((item) => ({ value: item, label: t(`goals.judgements.${item}`) }))}
        {...register('judgement')}
      />
      <TextField
        multiline
        isRequired
        label={t('goals.override.reason')}
        help={t('goals.override.reasonHelp')}
        error={fieldError(formState.errors.reason?.message)}
        {...register('reason')}
      />
      {current && (
        <button type="button" className="button" onClick={() => void handleRemove()}>
          {t('goals.override.remove')}
        </button>
      )}
      <ErrorAlert message={save.error} />
      <FormButtons isSubmitting={formState.isSubmitting} onCancel={() => onDone(false)} />
    </form>
  );
};
