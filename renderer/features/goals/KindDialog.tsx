import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { LANGUAGE_CODES } from '../../../shared/dates';
import type { TableKind } from '../../../shared/domain/table-kind';
import {
  TABLE_KIND_LABEL_FIELDS as FIELDS,
  TableKindSchema,
} from '../../../shared/domain/table-kind';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { TextField } from '../../components/TextField';
import { useCommand } from '../../components/useCommand';

const FormSchema = z.object({
  labels: TableKindSchema.shape.labels,
  usesPriorities: z.boolean(),
});
type FormValues = z.infer<typeof FormSchema>;

const blank = { name: '', objective: '', actions: '', indicator: '' };

type Props = { kind: TableKind | null; onClose: () => void; onSaved: () => void };

/**
 * A table kind's name and its three column headings in Finnish, Swedish and English, as the
 * budget prints them: a new kind, or a rename of one (its rows follow it).
 */
export const KindDialog = ({ kind, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { goalSettings } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState } = useForm<FormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: {
      labels: kind?.labels ?? { fi: blank, sv: blank, en: blank },
      usesPriorities: kind?.usesPriorities ?? false,
    },
  });

  const handleSave = (values: FormValues) =>
    save.run(async () => {
      if (kind) await goalSettings.renameKind(kind.id, values.labels);
      else await goalSettings.addKind(values.labels, values.usesPriorities);
      onSaved();
    });

  return (
    <ModalDialog
      title={kind ? t('goals.kinds.renameTitle') : t('goals.kinds.addTitle')}
      isOpen
      onClose={onClose}
    >
      <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
        {LANGUAGE_CODES.map((language) => (
          <fieldset key={language} className="form__group">
            <legend lang={language}>{t(`languages.names.${language}`)}</legend>
            {FIELDS.map((field) => (
              <TextField
                key={field}
                isRequired
                label={t(`goals.kinds.fields.${field}`)}
                error={fieldError(formState.errors.labels?.[language]?.[field]?.message)}
                {...register(`labels.${language}.${field}`)}
              />
            ))}
          </fieldset>
        ))}
        {!kind && (
          <label className="checklist__item">
            <input type="checkbox" {...register('usesPriorities')} />
            {t('goals.kinds.usesPriorities')}
          </label>
        )}
        <ErrorAlert message={save.error} />
        <FormButtons isSubmitting={formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
};
