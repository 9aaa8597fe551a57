import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MatrixSize, RiskMatrix } from '../../../shared/domain/risk-matrix';
import { MATRIX_SIZES, RiskMatrixSchema } from '../../../shared/domain/risk-matrix';
import { presetMatrix } from '../../../shared/risk-presets';
import { useRepositories } from '../../data/RepositoryProvider';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useNotice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { useCommand } from '../../components/useCommand';
import { MatrixAxisFields } from './MatrixAxisFields';
import { MatrixBandFields, useBandLabel } from './MatrixBandFields';
import { MatrixPreview } from './MatrixPreview';
import { useMatrixFieldError } from './useMatrixFieldError';
import { useRescaledCount } from '../../data/risks/useRiskData';

/**
 * The controller's editor of the organisation's risk matrix: size, the axes' step labels, the
 * bands and the tolerance, with a live preview. A new size starts from that size's preset;
 * saving rescales the assessments made on another size, and the form says how many first.
 */
export const MatrixEditor = ({ saved }: { saved: RiskMatrix }) => {
  const { t } = useTranslation();
  const { riskSettings } = useRepositories();
  const notice = useNotice();
  const fieldError = useMatrixFieldError();
  const bandLabel = useBandLabel();
  const save = useCommand();
  const form = useForm<RiskMatrix>({
    resolver: zodResolver(RiskMatrixSchema),
    defaultValues: saved,
  });
  const { register, handleSubmit, formState, control, setValue, getValues, reset } = form;
  const { fields: bandFields, replace: replaceBands } = useFieldArray({ control, name: 'bands' });
  const [size, likelihoodLabels, impactLabels, bands, toleranceBandId] = useWatch({
    control,
    name: ['size', 'likelihoodLabels', 'impactLabels', 'bands', 'toleranceBandId'],
  });
  const rescaledCount = useRescaledCount(size);
  const isResizeWarned = size !== saved.size && (rescaledCount ?? 0) > 0;

  /** A new size starts from that size's preset labels and bands; the user edits from there. */
  const applyPreset = (next: MatrixSize) => {
    const preset = presetMatrix(next);
    setValue('likelihoodLabels', preset.likelihoodLabels, { shouldDirty: true });
    setValue('impactLabels', preset.impactLabels, { shouldDirty: true });
    replaceBands(preset.bands);
    const tolerance = getValues('toleranceBandId');
    if (!preset.bands.some((band) => band.id === tolerance)) {
      setValue('toleranceBandId', preset.toleranceBandId, { shouldDirty: true });
    }
  };

  const handleSave = (values: RiskMatrix) =>
    save.run(async () => {
      const { rescaled } = await riskSettings.saveMatrix(values);
      reset(values);
      notice.show(
        rescaled > 0
          ? t('risks.matrix.savedRescaled', { count: rescaled })
          : t('risks.matrix.saved'),
      );
    });

  return (
    <FormProvider {...form}>
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <SelectField
          label={t('risks.matrix.size')}
          options={MATRIX_SIZES.map((option) => ({
            value: String(option),
            label: t('risks.matrix.sizeOption', { size: option }),
          }))}
          {...register('size', {
            valueAsNumber: true,
            onChange: (event: { target: { value: string } }) => {
              const next = MATRIX_SIZES.find((option) => option === Number(event.target.value));
              if (next) applyPreset(next);
            },
          })}
        />
        <div aria-live="polite">
          {isResizeWarned && (
            <Alert variant="warning" className="card">
              {t('risks.matrix.resizeWarning', { count: rescaledCount })}
            </Alert>
          )}
        </div>
        <div className="toolbar">
          <button type="button" className="button" onClick={() => applyPreset(getValues('size'))}>
            {t('risks.matrix.resetToPreset')}
          </button>
        </div>
        <MatrixAxisFields />
        <MatrixBandFields fields={bandFields} />
        <SelectField
          label={t('risks.matrix.tolerance')}
          options={bands.map((band, index) => ({
            value: band.id,
            label: band.name.trim() || bandLabel(index),
          }))}
          error={fieldError(formState.errors.toleranceBandId?.message)}
          {...register('toleranceBandId')}
        />
        <p className="field__help">{t('risks.matrix.toleranceHelp')}</p>
        <MatrixPreview matrix={{ size, likelihoodLabels, impactLabels, bands, toleranceBandId }} />
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} />
      </form>
    </FormProvider>
  );
};
