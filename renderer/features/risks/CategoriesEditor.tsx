import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RiskCategory } from '../../../shared/domain/risk-matrix';
import { RiskCategorySchema } from '../../../shared/domain/risk-matrix';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useCommand } from '../../components/useCommand';

type Props = { categories: RiskCategory[]; canEdit: boolean };

const NameSchema = RiskCategorySchema.pick({ name: true });
type NameValues = { name: string };

/** The organisation's risk categories: controllers add, rename and delete; others read. */
export const CategoriesEditor = ({ categories, canEdit }: Props) => {
  const { t } = useTranslation();
  const { riskSettings } = useRepositories();
  const notice = useNotice();
  const fieldError = useFieldErrorText();
  const add = useCommand();
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

  const handleAdd = ({ name }: NameValues) =>
    add.run(async () => {
      const added = await riskSettings.addCategory(name);
      reset({ name: '' });
      notice.show(t('risks.categories.added', { name: added.name }));
    });

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
        <ErrorAlert message={add.error} />
        <FormButtons
          isSubmitting={formState.isSubmitting}
          submitLabel={t('risks.categories.add')}
        />
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
  const fieldError = useFieldErrorText();
  // Rename and delete: one message beside the row; a deleted row stays busy until it is gone.
  const command = useCommand();
  const { register, handleSubmit, formState, reset } = useForm<NameValues>({
    resolver: zodResolver(NameSchema),
    defaultValues: { name: category.name },
  });

  const handleRename = ({ name }: NameValues) =>
    command.run(async () => {
      await riskSettings.renameCategory(category.id, name);
      reset({ name });
      notice.show(t('risks.categories.renamed'));
    });

  const handleDelete = () =>
    command.run(
      async () => {
        await riskSettings.deleteCategory(category.id);
        notice.show(t('risks.categories.deleted', { name: category.name }));
        onDeleted();
      },
      { staysBusy: true },
    );

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
            disabled={formState.isSubmitting || command.isBusy}
          >
            {t('risks.categories.rename')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={named(t('risks.categories.delete'))}
            disabled={formState.isSubmitting || command.isBusy}
            onClick={handleDelete}
          >
            {t('risks.categories.delete')}
          </button>
        </div>
        <ErrorAlert message={command.error} />
      </form>
    </li>
  );
};
