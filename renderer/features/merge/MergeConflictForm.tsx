import { useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MergePlan } from '../../../shared/packages/merge';
import type { MergeResolutions } from '../../../shared/packages/merge-apply';
import type { MergeReportChange } from '../../../shared/packages/merge-report';
import { FormButtons } from '../../components/FormButtons';
import type { ChoiceValues } from './conflictChoices';
import { conflictFields, initialChoices, toResolutions, unresolvedCount } from './conflictChoices';
import { MergeChangeList } from './MergeChangeList';
import { MergeConflictRow } from './MergeConflictRow';
import type { MergeText } from './useMergeText';

type Props = {
  plan: MergePlan;
  /** Record labels by `${table}:${id}`, as the report names them. */
  labels: ReadonlyMap<string, string>;
  /** Fields only the unit changed in a conflicting record: taken with the merge. */
  alsoTaken: ReadonlyMap<string, readonly MergeReportChange[]>;
  text: MergeText;
  isApplying: boolean;
  onApply: (resolutions: MergeResolutions) => void;
  onCancel: () => void;
};

/**
 * Every conflict as a table per record (Perusversio / Meidän / Heidän) with a choice per field.
 * "Yhdistä" stays disabled, saying how many are left, until every field is resolved.
 */
export const MergeConflictForm = ({
  plan,
  labels,
  alsoTaken,
  text,
  isApplying,
  onApply,
  onCancel,
}: Props) => {
  const { t } = useTranslation();
  const fields = useMemo(() => conflictFields(plan), [plan]);
  const { register, handleSubmit, control } = useForm<ChoiceValues>({
    defaultValues: initialChoices(fields),
  });
  const values = useWatch({ control }) as ChoiceValues;
  const left = unresolvedCount(fields, values);
  const records = [...new Set(fields.map((field) => `${field.table}:${field.id}`))];

  const handleApply = (submitted: ChoiceValues) => {
    if (unresolvedCount(fields, submitted) === 0) onApply(toResolutions(fields, submitted));
  };

  return (
    <form className="merge-form" onSubmit={handleSubmit(handleApply)} noValidate>
      {records.length > 0 && (
        <section className="merge-section">
          <h3>{t('merge.sections.conflicts')}</h3>
          {records.map((key) => (
            <div className="merge-conflict" key={key}>
              <table className="register-table merge-conflict-table">
                <caption>{t('merge.conflictCaption', { record: labels.get(key) ?? key })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('merge.columns.field')}</th>
                    <th scope="col">{t('merge.columns.base')}</th>
                    <th scope="col">{t('merge.columns.ours')}</th>
                    <th scope="col">{t('merge.columns.theirs')}</th>
                    <th scope="col">{t('merge.columns.choice')}</th>
                  </tr>
                </thead>
                <tbody>
                  {fields
                    .filter((field) => `${field.table}:${field.id}` === key)
                    .map((field) => (
                      <MergeConflictRow
                        key={field.name}
                        field={field}
                        value={values[field.name]}
                        register={register}
                        text={text}
                      />
                    ))}
                </tbody>
              </table>
              {(alsoTaken.get(key)?.length ?? 0) > 0 && (
                <div className="merge-conflict__also">
                  <p>{t('merge.conflictAlsoTaken')}</p>
                  <MergeChangeList
                    table={fields.find((field) => `${field.table}:${field.id}` === key)!.table}
                    changes={alsoTaken.get(key)!}
                    text={text}
                  />
                </div>
              )}
            </div>
          ))}
          <p aria-live="polite" className={left > 0 ? 'merge-form__left' : 'visually-hidden'}>
            {left > 0 ? t('merge.unresolved', { count: left }) : ''}
          </p>
        </section>
      )}
      <FormButtons
        isSubmitting={isApplying}
        isBlocked={left > 0}
        submitLabel={left > 0 ? t('merge.submitBlocked', { count: left }) : t('merge.submit')}
        submittingLabel={t('merge.applying')}
        onCancel={onCancel}
        cancelLabel={t('merge.cancel')}
        isCancelDisabled={isApplying}
      />
    </form>
  );
};
