import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateForInput } from '../../../shared/dates';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import type { AssessmentFormValues, AssessmentInput, Risk } from '../../../shared/domain/risk';
import { ASSESSMENT_KINDS, assessmentInputSchema } from '../../../shared/domain/risk';
import { useRepositories } from '../../data/RepositoryProvider';
import { useToday } from '../../hooks/useToday';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';

type Props = {
  risk: Risk;
  matrix: RiskMatrix;
  assessor: string;
  onClose: () => void;
  onSaved: () => void;
};

/** A dated likelihood × impact assessment of one risk by a named assessor, on today's matrix. */
export const AssessmentDialog = ({ risk, matrix, assessor, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { assessments } = useRepositories();
  const today = useToday();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState, getValues } = useForm<
    AssessmentFormValues,
    unknown,
    AssessmentInput
  >({
    resolver: zodResolver(assessmentInputSchema(matrix.size, today)),
    defaultValues: {
      date: formatDateForInput(today),
      assessor,
      likelihood: '',
      impact: '',
      kind: 'inherent',
      rationale: '',
    },
  });
  const errors = formState.errors;

  const handleSave = () =>
    save.run(async () => {
      await assessments.add(risk.id, getValues(), today);
      onSaved();
    });

  const scaleOptions = (labels: string[]) => [
    { value: '', label: '–' },
    ...labels.map((label, index) => ({
      value: String(index + 1),
      label: t('risks.assessment.scaleOption', { value: index + 1, label }),
    })),
  ];
  return (
    <ModalDialog title={t('risks.assessTitle', { title: risk.title })} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <SelectField
          label={t('risks.assessment.kind')}
          options={ASSESSMENT_KINDS.map((kind) => ({
            value: kind,
            label: `${t(`risks.kinds.${kind}`)} (${t(`risks.kindHelp.${kind}`)})`,
          }))}
          {...register('kind')}
        />
        <SelectField
          label={t('risks.assessment.likelihood')}
          options={scaleOptions(matrix.likelihoodLabels)}
          error={fieldError(errors.likelihood?.message)}
          {...register('likelihood')}
        />
        <SelectField
          label={t('risks.assessment.impact')}
          options={scaleOptions(matrix.impactLabels)}
          error={fieldError(errors.impact?.message)}
          {...register('impact')}
        />
        <TextField
          label={t('risks.assessment.date')}
          inputMode="numeric"
          isRequired
          error={fieldError(errors.date?.message)}
          {...register('date')}
        />
        <TextField
          label={t('risks.assessment.assessor')}
          isRequired
          error={fieldError(errors.assessor?.message)}
          {...register('assessor')}
        />
        <TextField
          multiline
          label={t('risks.assessment.rationale')}
          error={fieldError(errors.rationale?.message)}
          {...register('rationale')}
        />
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};
