import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateForInput } from '../../../shared/dates';
import type { Indicator } from '../../../shared/domain/indicator';
import type { ReadingFormValues } from '../../../shared/goals/indicator-form';
import { readingInputSchema } from '../../../shared/goals/indicator-form';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { TextField } from '../../components/TextField';
import { useCommand } from '../../components/useCommand';
import { useFocusFirstField } from '../../components/useFocusFirstField';
import { DateField } from '../../components/DateField';

type Props = { indicator: Indicator; onDone: (saved: boolean) => void };

/** Records an actual value of an indicator for a date; a value of the wrong kind is explained. */
export const ReadingForm = ({ indicator, onDone }: Props) => {
  const { t } = useTranslation();
  const { indicators } = useRepositories();
  const fieldError = useFieldErrorText();
  const today = useToday();
  const save = useCommand();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const { register, handleSubmit, formState, control, setValue, getValues } = useForm<
    ReadingFormValues,
    unknown,
    unknown
  >({
    resolver: zodResolver(readingInputSchema(indicator)),
    defaultValues: { date: formatDateForInput(today), value: '' },
  });
  const date = useWatch({ control, name: 'date' });
  const errors = formState.errors;

  const handleSave = () =>
    save.run(async () => {
      await indicators.addReading(indicator.id, indicator.rev, getValues());
      onDone(true);
    });

  return (
    <form ref={formRef} onSubmit={handleSubmit(handleSave)} noValidate className="form">
      <h3 className="dialog__subtitle">{t('goals.reading.title', { text: indicator.text })}</h3>
      <TextField
        isRequired
        label={t('goals.reading.value')}
        help={t(`goals.form.valueHelp.${indicator.type}`)}
        error={fieldError(errors.value?.message)}
        {...register('value')}
      />
      <DateField
        label={t('goals.reading.date')}
        help={t('goals.reading.dateHelp')}
        error={fieldError(errors.date?.message)}
        value={date}
        onPick={(text) => setValue('date', text, { shouldValidate: true, shouldDirty: true })}
        {...register('date')}
      />
      <ErrorAlert message={save.error} />
      <FormButtons isSubmitting={formState.isSubmitting} onCancel={() => onDone(false)} />
    </form>
  );
};
