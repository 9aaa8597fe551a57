import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../shared/domain/indicator';
import { INDICATOR_TYPES, NUMERIC_TYPES } from '../../../shared/domain/indicator';
import type { IndicatorFormValues, IndicatorInput } from '../../../shared/goals/indicator-form';
import { formatIndicatorValue, indicatorInputSchema } from '../../../shared/goals/indicator-form';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCommand } from '../../components/useCommand';
import { useFocusFirstField } from '../../components/useFocusFirstField';

type Props = {
  actionId: string;
  /** The indicator as it was when the form opened; null adds a new one. */
  indicator: Indicator | null;
  onDone: (saved: boolean) => void;
};

const toFormValues = (indicator: Indicator | null): IndicatorFormValues => ({
  text: indicator?.text ?? '',
  type: indicator?.type ?? 'number',
  unit: indicator?.unit ?? '',
  upTo100: indicator?.upTo100 ?? false,
  baseline: indicator ? formatIndicatorValue(indicator.type, indicator.baseline) : '',
  target: indicator ? formatIndicatorValue(indicator.type, indicator.target) : '',
  // A new indicator starts as "more is better", as most of the budget's measures are.
  direction:
    !indicator || indicator.higherIsBetter === true
      ? 'higher'
      : indicator.higherIsBetter === false
        ? 'lower'
        : '',
});

/**
 * Adds or edits an indicator (mittari): the measure as printed, its type and unit, baseline,
 * target and which way is better. A value that does not fit the type is explained at its field.
 */
export const IndicatorForm = ({ actionId, indicator, onDone }: Props) => {
  const { t } = useTranslation();
  const { indicators } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const formRef = useFocusFirstField<HTMLFormElement>();
  const { register, handleSubmit, formState, control, getValues } = useForm<
    IndicatorFormValues,
    unknown,
    IndicatorInput
  >({ resolver: zodResolver(indicatorInputSchema), defaultValues: toFormValues(indicator) });
  const errors = formState.errors;
  const type = useWatch({ control, name: 'type' });
  const numeric = NUMERIC_TYPES.includes(type);
  const valueHelp = t(`goals.form.valueHelp.${type}`);

  const handleSave = () =>
    save.run(async () => {
      // The repository reads the typed values with the same schema.
      const values = getValues();
      if (indicator) await indicators.update(indicator.id, indicator.rev, values);
      else await indicators.add(actionId, values);
      onDone(true);
    });

  return (
    <form ref={formRef} onSubmit={handleSubmit(handleSave)} noValidate className="form">
      <h3 className="dialog__subtitle">
        {indicator ? t('goals.form.editTitle') : t('goals.form.addTitle')}
      </h3>
      <TextField
        multiline
        isRequired
        label={t('goals.form.text')}
        help={t('goals.form.textHelp')}
        error={fieldError(errors.text?.message)}
        {...register('text')}
      />
      <SelectField
        label={t('goals.form.type')}
        options={INDICATOR_TYPES.map((item) => ({
          value: item,
          label: t(`goals.indicatorTypes.${item}`),
        }))}
        {...register('type')}
      />
      {numeric && (
        <TextField
          label={t('goals.form.unit')}
          help={t('goals.form.unitHelp')}
          error={fieldError(errors.unit?.message)}
          {...register('unit')}
        />
      )}
      {type === 'percentage' && (
        <label className="checklist__item">
          <input type="checkbox" {...register('upTo100')} />
          {t('goals.form.upTo100')}
        </label>
      )}
      <TextField
        label={t('goals.form.baseline')}
        help={valueHelp}
        error={fieldError(errors.baseline?.message)}
        {...register('baseline')}
      />
      <TextField
        label={t('goals.form.target')}
        help={valueHelp}
        error={fieldError(errors.target?.message)}
        {...register('target')}
      />
      {numeric && (
        <SelectField
          label={t('goals.form.direction')}
          options={[
            { value: 'higher', label: t('goals.form.directions.higher') },
            { value: 'lower', label: t('goals.form.directions.lower') },
            { value: '', label: t('goals.form.directions.none') },
          ]}
          {...register('direction')}
        />
      )}
      <ErrorAlert message={save.error} />
      <FormButtons isSubmitting={formState.isSubmitting} onCancel={() => onDone(false)} />
    </form>
  );
};
