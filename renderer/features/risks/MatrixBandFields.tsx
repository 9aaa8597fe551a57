import { useId } from 'react';
import type { FieldArrayWithId } from 'react-hook-form';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { groupMessage, useMatrixFieldError } from './useMatrixFieldError';

type Props = { fields: FieldArrayWithId<RiskMatrix, 'bands'>[] };

/** "Taso 1", "Taso 2"…: how a band is named before it has a name of its own. */
export const useBandLabel = () => {
  const { t } = useTranslation();
  return (index: number) => t('risks.matrix.stepLabel', { step: index + 1 });
};

/** The colour of one band, with its value as text beside the picker and its own error. */
type ColourProps = { index: number; label: string; error: string | undefined };

const ColourField = ({ index, label, error }: ColourProps) => {
  const { t } = useTranslation();
  const id = useId();
  const { register, control } = useFormContext<RiskMatrix>();
  const colour = useWatch({ control, name: `bands.${index}.colour` });
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{t('risks.matrix.bandColour')}</label>
      <input
        id={id}
        type="color"
        aria-label={`${label}: ${t('risks.matrix.bandColour')}`}
        aria-describedby={`${id}-hex`}
        aria-invalid={error ? true : undefined}
        {...register(`bands.${index}.colour`)}
      />
      <span id={`${id}-hex`}>{colour}</span>
      {error && <Alert variant="field">{error}</Alert>}
    </div>
  );
};

/** The bands of the matrix from the lowest up: name, colour and the score each starts at. */
export const MatrixBandFields = ({ fields }: Props) => {
  const { t } = useTranslation();
  const fieldError = useMatrixFieldError();
  const bandLabel = useBandLabel();
  const { register, formState, control } = useFormContext<RiskMatrix>();
  const size = useWatch({ control, name: 'size' });
  const { errors } = formState;
  const maxScore = size * size;
  return (
    <fieldset>
      <legend>{t('risks.matrix.bands')}</legend>
      {fields.map((field, index) => (
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
            <ColourField
              index={index}
              label={bandLabel(index)}
              error={fieldError(errors.bands?.[index]?.colour?.message)}
            />
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
      ))}
      {groupMessage(errors.bands) && (
        <Alert variant="field">{fieldError(groupMessage(errors.bands))}</Alert>
      )}
    </fieldset>
  );
};
