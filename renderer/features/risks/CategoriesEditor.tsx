import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RiskCategory } from '../../../shared/domain/risk-matrix';
import { RiskCategorySchema } from '../../../shared/domain/risk-matrix';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText, useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';

type Props = { categories: RiskCategory[]; canEdit: boolean };

const NameSchema = RiskCategorySchema.pick({ name: true });
type NameValues = { name: string };

/** The organisation's risk categories: controllers add, rename and delete; others read. */
export const CategoriesEditor = ({ categories, canEdit }: Props) => {
  const { t } = useTranslation();
  const { riskSettings } = useRepositories();
  const notice = useNotice();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const [addError, setAddError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset, setFocus } = useForm<NameValues>({
    resolver: zodResolver(NameSchema),
    defaultValues: { name: '' },
  });

  if (!canEdit) {
    return (
      <ul>
        {categories.map((category) => (
          <li key={category.id}>{category.name}</li>
        ))}
      </ul>
    );
  }

  const handleAdd = async ({ name }: NameValues) => {
    setAddError(null);
    try {
      const added = await riskSettings.addCategory(name);
      reset({ name: '' });
      notice.show(t('risks.categories.added', { name: added.name }));
    } catch (error) {
      setAddError(errorText(error));
    }
  };

  return (
    <>
      <ul>
        {categories.map((category) => (
          <CategoryRow
            key={category.id}
            category={category}
            // The row and its buttons are gone: focus goes where the next thing is typed.
            onDeleted={() => setFocus('name')}
          />
        ))}
      </ul>
      <form onSubmit={handleSubmit(handleAdd)} noValidate className="form">
        <TextField
          label={t('risks.categories.newName')}
          isRequired
          error={fieldError(formState.errors.name?.message)}
          {...register('name')}
        />
        <ErrorAlert message={addError} />
        <div className="form__buttons">
          <button type="submit" className="button" disabled={formState.isSubmitting}>
            {t('risks.categories.add')}
          </button>
        </div>
      </form>
    </>
  );
};

/** One category with its own rename form; refusals are shown beside the row they concern. */
const CategoryRow = ({
  category,
  onDeleted,
}: {
  category: RiskCategory;
  onDeleted: () => void;
}) => {
  const { t } = useTranslation();
  const { riskSettings } = useRepositories();
  const notice = useNotice();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const [error, setError] = useState<string | null>(null);
  const [isDeleting, setIsDeleting] = useState(false);
  const { register, handleSubmit, formState, reset } = useForm<NameValues>({
    resolver: zodResolver(NameSchema),
    defaultValues: { name: category.name },
  });

  const handleRename = async ({ name }: NameValues) => {
    setError(null);
    try {
      await riskSettings.renameCategory(category.id, name);
      reset({ name });
      notice.show(t('risks.categories.renamed'));
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  const handleDelete = async () => {
    setError(null);
    setIsDeleting(true);
    try {
      await riskSettings.deleteCategory(category.id);
      notice.show(t('risks.categories.deleted', { name: category.name }));
      onDeleted();
    } catch (caught) {
      setError(errorText(caught));
      setIsDeleting(false);
    }
  };

  const named = (text: string) => `${text}: ${category.name}`;
  return (
    <li>
      <form onSubmit={handleSubmit(handleRename)} noValidate className="form">
        <div className="toolbar">
          <TextField
            label={t('risks.categories.name')}
            aria-label={named(t('risks.categories.name'))}
            isRequired
            error={fieldError(formState.errors.name?.message)}
            {...register('name')}
          />
        </div>
        <div className="form__buttons">
          <button
            type="submit"
            className="button button--small"
            aria-label={named(t('risks.categories.rename'))}
            disabled={formState.isSubmitting || isDeleting}
          >
            {t('risks.categories.rename')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={named(t('risks.categories.delete'))}
            disabled={formState.isSubmitting || isDeleting}
            onClick={handleDelete}
          >
            {t('risks.categories.delete')}
          </button>
        </div>
        <ErrorAlert message={error} />
      </form>
    </li>
  );
};
