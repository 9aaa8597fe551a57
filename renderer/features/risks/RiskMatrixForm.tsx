import { zodResolver } from '@hookform/resolvers/zod';
import type { CSSProperties } from 'react';
import { useId, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MatrixSize, RiskBand, RiskMatrix } from '../../../shared/domain/risk-matrix';
import { MATRIX_SIZES, RiskMatrixSchema } from '../../../shared/domain/risk-matrix';
import { presetMatrix } from '../../../shared/risk-presets';
import { bandForScore } from '../../../shared/scoring';
import { parseValidationMessage } from '../../../shared/validation';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText, useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useRescaledCount } from '../../data/risks/useRiskData';

type Props = { matrix: RiskMatrix; canEdit: boolean };
type Axis = 'likelihoodLabels' | 'impactLabels';

const AXES: readonly Axis[] = ['likelihoodLabels', 'impactLabels'];

/** An array's own error (label count, duplicate band) sits at `root` once its items are fields. */
const groupMessage = (error: unknown): string | undefined => {
  const value = error as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = value?.root?.message ?? value?.message;
  return typeof message === 'string' ? message : undefined;
};

/** The box comes from `.level__swatch`; only the band's own colour is set here. */
const swatchStyle = (colour: string): CSSProperties => ({
  background: colour,
  marginRight: '0.35em',
  verticalAlign: 'middle',
});

/** The organisation's risk matrix: controllers edit it, everyone else reads it. */
export const RiskMatrixForm = ({ matrix, canEdit }: Props) =>
  canEdit ? <MatrixEditor saved={matrix} /> : <MatrixSummary matrix={matrix} />;

const MatrixEditor = ({ saved }: { saved: RiskMatrix }) => {
  const { t, i18n } = useTranslation();
  const { riskSettings } = useRepositories();
  const notice = useNotice();
  const errorText = useErrorText();
  const translateField = useFieldErrorText();
  const baseId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { register, handleSubmit, formState, control, setValue, getValues, reset } =
    useForm<RiskMatrix>({ resolver: zodResolver(RiskMatrixSchema), defaultValues: saved });
  const { fields: bandFields, replace: replaceBands } = useFieldArray({ control, name: 'bands' });
  const [size, likelihoodLabels, impactLabels, bands, toleranceBandId] = useWatch({
    control,
    name: ['size', 'likelihoodLabels', 'impactLabels', 'bands', 'toleranceBandId'],
  });
  const rescaledCount = useRescaledCount(size);
  const isResizeWarned = size !== saved.size && (rescaledCount ?? 0) > 0;
  const labels = { likelihoodLabels, impactLabels };
  const { errors } = formState;

  // Zod's own messages (a number left empty, say) are English; anything not a key gets a fallback.
  const fieldError = (message: string | undefined, fallback = t('errors.invalidInput')) =>
    message && !i18n.exists(parseValidationMessage(message).key)
      ? fallback
      : translateField(message);

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

  const handleSave = async (values: RiskMatrix) => {
    setSaveError(null);
    try {
      const { rescaled } = await riskSettings.saveMatrix(values);
      reset(values);
      notice.show(
        rescaled > 0
          ? t('risks.matrix.savedRescaled', { count: rescaled })
          : t('risks.matrix.saved'),
      );
    } catch (error) {
      setSaveError(errorText(error));
    }
  };

  const bandLabel = (index: number) => t('risks.matrix.stepLabel', { step: index + 1 });
  const maxScore = size * size;

  return (
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
          <p className="alert card">
            <span aria-hidden="true">⚠ </span>
            {t('risks.matrix.resizeWarning', { count: rescaledCount })}
          </p>
        )}
      </div>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => applyPreset(getValues('size'))}>
          {t('risks.matrix.resetToPreset')}
        </button>
      </div>

      {AXES.map((axis) => {
        const legend = t(`risks.matrix.${axis}`);
        const message = fieldError(groupMessage(errors[axis]));
        return (
          <fieldset key={axis} aria-describedby={message ? `${baseId}-${axis}-error` : undefined}>
            <legend>{legend}</legend>
            <div className="toolbar">
              {labels[axis].map((_, index) => (
                <TextField
                  // The count only changes with the size, which replaces every label.
                  key={`${size}-${index}`}
                  label={t('risks.matrix.stepLabel', { step: index + 1 })}
                  aria-label={`${legend}: ${t('risks.matrix.stepLabel', { step: index + 1 })}`}
                  isRequired
                  error={fieldError(errors[axis]?.[index]?.message)}
                  {...register(`${axis}.${index}`)}
                />
              ))}
            </div>
            {message && (
              <p id={`${baseId}-${axis}-error`} className="field__error">
                <span aria-hidden="true">⚠ </span>
                {message}
              </p>
            )}
          </fieldset>
        );
      })}

      <fieldset>
        <legend>{t('risks.matrix.bands')}</legend>
        {bandFields.map((field, index) => {
          const colourId = `${baseId}-colour-${index}`;
          const colour = bands[index]?.colour ?? field.colour;
          const colourError = fieldError(errors.bands?.[index]?.colour?.message);
          return (
            <fieldset key={field.id}>
              <legend>{bandLabel(index)}</legend>
              <div className="toolbar">
                <TextField
                  label={t('risks.matrix.bandName')}
                  aria-label={`${bandLabel(index)}: ${t('risks.matrix.bandName')}`}
                  isRequired
                  error={fieldError(errors.bands?.[index]?.name?.message)}
                  {...register(`bands.${index}.name`)}
                />
                <div className={colourError ? 'field field--invalid' : 'field'}>
                  <label htmlFor={colourId}>{t('risks.matrix.bandColour')}</label>
                  <input
                    id={colourId}
                    type="color"
                    aria-label={`${bandLabel(index)}: ${t('risks.matrix.bandColour')}`}
                    aria-describedby={`${colourId}-hex`}
                    aria-invalid={colourError ? true : undefined}
                    {...register(`bands.${index}.colour`)}
                  />
                  <span id={`${colourId}-hex`}>{colour}</span>
                  {colourError && (
                    <p className="field__error">
                      <span aria-hidden="true">⚠ </span>
                      {colourError}
                    </p>
                  )}
                </div>
                <TextField
                  label={t('risks.matrix.bandMinScore')}
                  aria-label={`${bandLabel(index)}: ${t('risks.matrix.bandMinScore')}`}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={maxScore}
                  isRequired
                  error={fieldError(
                    errors.bands?.[index]?.minScore?.message,
                    t('risks.errors.outOfScale', { max: maxScore }),
                  )}
                  {...register(`bands.${index}.minScore`, { valueAsNumber: true })}
                />
              </div>
            </fieldset>
          );
        })}
        {groupMessage(errors.bands) && (
          <p className="field__error">
            <span aria-hidden="true">⚠ </span>
            {fieldError(groupMessage(errors.bands))}
          </p>
        )}
      </fieldset>

      <SelectField
        label={t('risks.matrix.tolerance')}
        options={bands.map((band, index) => ({
          value: band.id,
          label: band.name.trim() || bandLabel(index),
        }))}
        error={fieldError(errors.toleranceBandId?.message)}
        {...register('toleranceBandId')}
      />
      <p className="field__help">{t('risks.matrix.toleranceHelp')}</p>

      <MatrixPreview matrix={{ size, likelihoodLabels, impactLabels, bands, toleranceBandId }} />

      <ErrorAlert message={saveError} />
      <div className="form__buttons">
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('app.saving') : t('app.save')}
        </button>
      </div>
    </form>
  );
};

/** The matrix as it is, for readers and unit managers: no controls, everything as text. */
const MatrixSummary = ({ matrix }: { matrix: RiskMatrix }) => {
  const { t } = useTranslation();
  const tolerance = matrix.bands.find((band) => band.id === matrix.toleranceBandId);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('risks.matrix.size')}</dt>
          <dd>{t('risks.matrix.sizeOption', { size: matrix.size })}</dd>
        </div>
        <div>
          <dt>{t('risks.matrix.tolerance')}</dt>
          <dd>{tolerance?.name}</dd>
        </div>
      </dl>
      <p className="muted">{t('risks.matrix.toleranceHelp')}</p>
      <h3>{t('risks.matrix.bands')}</h3>
      <ul>
        {matrix.bands.map((band) => (
          <li key={band.id}>
            <span aria-hidden="true" className="level__swatch" style={swatchStyle(band.colour)} />
            {t('risks.map.legendItem', { band: band.name, min: band.minScore })}
          </li>
        ))}
      </ul>
      <MatrixPreview matrix={matrix} />
    </>
  );
};

/** Every cell's score and band name as text; the colour is only a swatch beside the name. */
const MatrixPreview = ({ matrix }: { matrix: RiskMatrix }) => {
  const { t } = useTranslation();
  const captionId = useId();
  const steps = Array.from({ length: matrix.size }, (_, index) => index + 1);
  const axisLabel = (labels: string[], step: number) => `${step} ${labels[step - 1] ?? ''}`.trim();
  const cellBand = (score: number): RiskBand | undefined =>
    matrix.bands.length > 0 ? bandForScore(matrix, score) : undefined;
  return (
    // Focusable so a keyboard can scroll it when the labels make it wider than the form (axe
    // scrollable-region-focusable); a named region is the accessible pattern for that.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="register-table">
        <caption id={captionId}>
          {t('risks.matrix.heading')}: {t('risks.matrix.sizeOption', { size: matrix.size })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {t('risks.map.likelihoodAxis')} / {t('risks.map.impactAxis')}
            </th>
            {steps.map((impact) => (
              <th key={impact} scope="col">
                {axisLabel(matrix.impactLabels, impact)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...steps].reverse().map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">{axisLabel(matrix.likelihoodLabels, likelihood)}</th>
              {steps.map((impact) => {
                const score = likelihood * impact;
                const band = cellBand(score);
                return (
                  <td key={impact}>
                    {band && (
                      <span
                        aria-hidden="true"
                        className="level__swatch"
                        style={swatchStyle(band.colour)}
                      />
                    )}
                    {score} {band?.name}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
