import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Indicator, Judgement } from '../../../shared/domain/indicator';
import { JUDGEMENTS } from '../../../shared/domain/indicator';
import { suggestJudgement } from '../../../shared/goals/judgement';
import { useRepositories } from '../../data/RepositoryProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { SelectField } from '../../components/SelectField';
import { useCommand } from '../../components/useCommand';
import { useFocusFirstField } from '../../components/useFocusFirstField';

type Props = { indicator: Indicator; onDone: (saved: boolean) => void };

/**
 * The realisation judgement of one indicator. For a figure, a yes/no or a date the newest
 * actual value against the target suggests one, chosen in advance; the person decides.
 */
export const JudgeForm = ({ indicator, onDone }: Props) => {
  const { t } = useTranslation();
  const { indicators } = useRepositories();
  const save = useCommand();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const suggested = suggestJudgement(indicator);
  const { register, handleSubmit, formState } = useForm<{ judgement: Judgement | '' }>({
    defaultValues: { judgement: indicator.judgement ?? suggested ?? '' },
  });

  const handleSave = ({ judgement }: { judgement: Judgement | '' }) =>
    save.run(async () => {
      await indicators.judge(indicator.id, indicator.rev, judgement === '' ? null : judgement);
      onDone(true);
    });

  return (
    <form ref={formRef} onSubmit={handleSubmit(handleSave)} noValidate className="form">
      <h3 className="dialog__subtitle">{t('goals.judge.title', { text: indicator.text })}</h3>
      <SelectField
        label={t('goals.judge.judgement')}
        options={[
          { value: '', label: t('goals.notJudgedOption') },
          ...JUDGEMENTS.map((item) => ({ value: item, label: t(`goals.judgements.${item}`) })),
        ]}
        {...register('judgement')}
      />
      <p className="muted">
        {suggested
          ? t('goals.judge.suggested', {
              judgement: t(`goals.judgements.${suggested}`).toLocaleLowerCase(),
            })
          : t('goals.judge.noSuggestion')}
      </p>
      <ErrorAlert message={save.error} />
      <FormButtons isSubmitting={formState.isSubmitting} onCancel={() => onDone(false)} />
    </form>
  );
};
