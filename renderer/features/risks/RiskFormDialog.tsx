import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDateForInput } from '../../../shared/dates';
import type { Risk, RiskFormValues, RiskInput } from '../../../shared/domain/risk';
import { RISK_STATUSES, RISK_TREATMENTS, RiskInputSchema } from '../../../shared/domain/risk';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCategories, useMatrix, useUnitActionsForLinking } from '../../data/risks/useRiskData';

type Props = {
  unitId: string;
  risk: Risk | null;
  linkedActionIds: string[];
  onClose: () => void;
  onSaved: (risk: Risk) => void;
};

const toFormValues = (risk: Risk | null, linkedActionIds: string[]): RiskFormValues => ({
  title: risk?.title ?? '',
  description: risk?.description ?? '',
  category: risk?.category ?? '',
  cause: risk?.cause ?? '',
  consequence: risk?.consequence ?? '',
  owner: risk?.owner ?? '',
  treatment: risk?.treatment ?? '',
  controls: risk?.controls ?? '',
  status: risk?.status ?? 'open',
  reviewDate: risk?.reviewDate ? formatDateForInput(risk.reviewDate) : '',
  toleranceOverride: risk?.toleranceOverride ?? '',
  objectiveActionId: risk?.objectiveActionId ?? '',
  objectiveText: risk?.objectiveText ?? '',
  linkedActionIds,
});

/** Adds or edits a risk of a unit, including which of the unit's actions reduce it. */
export const RiskFormDialog = ({ unitId, risk, linkedActionIds, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { risks } = useRepositories();
  const categories = useCategories() ?? [];
  const matrix = useMatrix();
  const actions = useUnitActionsForLinking(unitId) ?? [];
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState, getValues } = useForm<
    RiskFormValues,
    unknown,
    RiskInput
  >({
    resolver: zodResolver(RiskInputSchema),
    defaultValues: toFormValues(risk, linkedActionIds),
  });
  const errors = formState.errors;

  const handleSave = () =>
    save.run(async () => {
      const values = getValues();
      onSaved(
        risk ? await risks.update(risk.id, risk.rev, values) : await risks.create(unitId, values),
      );
    });

  const tolerance = matrix?.bands.find((band) => band.id === matrix.toleranceBandId);
  return (
    <ModalDialog title={risk ? t('risks.editTitle') : t('risks.addTitle')} isOpen onClose={onClose}>
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        <TextField
          label={t('risks.title')}
          isRequired
          error={fieldError(errors.title?.message)}
          {...register('title')}
        />
        <TextField
          multiline
          label={t('risks.description')}
          error={fieldError(errors.description?.message)}
          {...register('description')}
        />
        <SelectField
          label={t('risks.category')}
          options={[
            { value: '', label: t('risks.noCategory') },
            ...categories.map((item) => ({ value: item.id, label: item.name })),
          ]}
          {...register('category')}
        />
        <TextField
          multiline
          label={t('risks.cause')}
          error={fieldError(errors.cause?.message)}
          {...register('cause')}
        />
        <TextField
          multiline
          label={t('risks.consequence')}
          error={fieldError(errors.consequence?.message)}
          {...register('consequence')}
        />
        <TextField
          label={t('risks.owner')}
          error={fieldError(errors.owner?.message)}
          {...register('owner')}
        />
        <SelectField
          label={t('risks.treatment')}
          options={[
            { value: '', label: t('risks.noTreatment') },
            ...RISK_TREATMENTS.map((item) => ({
              value: item,
              label: t(`risks.treatments.${item}`),
            })),
          ]}
          {...register('treatment')}
        />
        <TextField
          multiline
          label={t('risks.controls')}
          error={fieldError(errors.controls?.message)}
          {...register('controls')}
        />
        <SelectField
          label={t('risks.status')}
          options={RISK_STATUSES.map((item) => ({
            value: item,
            label: t(`risks.statuses.${item}`),
          }))}
          {...register('status')}
        />
        <TextField
          label={t('risks.reviewDate')}
          help={t('risks.reviewDateHelp')}
          inputMode="numeric"
          error={fieldError(errors.reviewDate?.message)}
          {...register('reviewDate')}
        />
        <SelectField
          label={t('risks.toleranceOverride')}
          options={[
            { value: '', label: t('risks.toleranceDefault', { band: tolerance?.name ?? '' }) },
            ...(matrix?.bands ?? []).map((band) => ({ value: band.id, label: band.name })),
          ]}
          {...register('toleranceOverride')}
        />
        <SelectField
          label={t('risks.objectiveAction')}
          options={[
            { value: '', label: t('risks.objectiveNone') },
            ...actions.map((action) => ({
              value: action.id,
              label: `${action.year}: ${action.objective}`,
            })),
          ]}
          {...register('objectiveActionId')}
        />
        <TextField
          label={t('risks.objectiveText')}
          error={fieldError(errors.objectiveText?.message)}
          {...register('objectiveText')}
        />
        <fieldset className="checklist">
          <legend>{t('risks.linkedActions')}</legend>
          {actions.length === 0 && <p className="muted">{t('risks.noActionsToLink')}</p>}
          {actions.map((action) => (
            <label key={action.id} className="checklist__item">
              <input type="checkbox" value={action.id} {...register('linkedActionIds')} />
              {action.year}: {action.objective}
            </label>
          ))}
        </fieldset>
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};
