import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { Alert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { groupMessage, useMatrixFieldError } from './useMatrixFieldError';

type Axis = 'likelihoodLabels' | 'impactLabels';

const AXES: readonly Axis[] = ['likelihoodLabels', 'impactLabels'];

/** A label for each step of likelihood and of impact, one group per axis. */
export const MatrixAxisFields = () => {
  const { t } = useTranslation();
  const fieldError = useMatrixFieldError();
  const baseId = useId();
  const { register, formState, control } = useFormContext<RiskMatrix>();
  const [size, likelihoodLabels, impactLabels] = useWatch({
    control,
    name: ['size', 'likelihoodLabels', 'impactLabels'],
  });
  const labels = { likelihoodLabels, impactLabels };
  const { errors } = formState;
  return AXES.map((axis) => {
    const legend = t(`risks.matrix.${axis}`);
    const message = fieldError(groupMessage(errors[axis]));
    const errorId = `${baseId}-${axis}-error`;
    return (
      <fieldset key={axis} aria-describedby={message ? errorId : undefined}>
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
          <Alert variant="field" id={errorId}>
            {message}
          </Alert>
        )}
      </fieldset>
    );
  });
};
