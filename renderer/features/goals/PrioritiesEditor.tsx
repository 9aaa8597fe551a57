import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StrategyPriority } from '../../../shared/domain/priority';
import { StrategyPrioritySchema } from '../../../shared/domain/priority';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormButtons } from '../../components/FormButtons';
import { useNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { useCommand } from '../../components/useCommand';

type Props = { year: number; priorities: StrategyPriority[]; canEdit: boolean };

const NameSchema = StrategyPrioritySchema.pick({ name: true });
type NameValues = { name: string };

/**
 * A plan year's strategy priorities (painopisteet) in the budget's order: a controller adds,
 * renames (the rows follow), moves and deletes them; one in use by rows is not deleted.
 */
export const PrioritiesEditor = ({ year, priorities, canEdit }: Props) => {
  const { t } = useTranslation();
  const { goalSettings } = useRepositories();
  const notice = useNotice();
  const fieldError = useFieldErrorText();
  const add = useCommand();
  const { register, handleSubmit, formState, reset, setFocus } = useForm<NameValues>({
    resolver: zodResolver(NameSchema),
    defaultValues: { name: '' },
  });

  if (!canEdit)
    return priorities.length === 0 ? (
      <p>{t('goals.priorities.empty', { year })}</p>
    ) : (
      <ol>
        {priorities.map((priority) => (
          <li key={priority.id}>{priority.name}</li>
        ))}
      </ol>
    );

  const handleAdd = ({ name }: NameValues) =>
    add.run(async () => {
      await goalSettings.addPriority(year, name);
      reset({ name: '' });
      notice.show(t('goals.priorities.added', { name: name.trim() }));
    });

  return (
    <>
      {priorities.length === 0 ? (
        <p>{t('goals.priorities.empty', { year })}</p>
      ) : (
        <ol className="kind-list">
          {priorities.map((priority, index) => (
            <PriorityRow
              key={priority.id}
              year={year}
              priority={priority}
              isFirst={index === 0}
              isLast={index === priorities.length - 1}
              onDeleted={() => setFocus('name')}
            />
          ))}
        </ol>
      )}
      <form onSubmit={handleSubmit(handleAdd)} noValidate className="form">
        <TextField
          label={t('goals.priorities.newName', { year })}
          isRequired
          error={fieldError(formState.errors.name?.message)}
          {...register('name')}
        />
        <ErrorAlert message={add.error} />
        <FormButtons
          isSubmitting={formState.isSubmitting}
          submitLabel={t('goals.priorities.add')}
        />
      </form>
    </>
  );
};

type RowProps = {
  year: number;
  priority: StrategyPriority;
  isFirst: boolean;
  isLast: boolean;
  onDeleted: () => void;
};

/** One priority with its own rename form; a refusal is shown beside it. */
const PriorityRow = ({ year, priority, isFirst, isLast, onDeleted }: RowProps) => {
  const { t } = useTranslation();
  const { goalSettings } = useRepositories();
  const notice = useNotice();
  const fieldError = useFieldErrorText();
  const command = useCommand({ isExclusive: false });
  const { register, handleSubmit, formState, reset } = useForm<NameValues>({
    resolver: zodResolver(NameSchema),
    defaultValues: { name: priority.name },
  });
  const named = (text: string) => `${text}: ${priority.name}`;

  const handleRename = ({ name }: NameValues) =>
    command.run(async () => {
      await goalSettings.renamePriority(year, priority.id, name);
      reset({ name: name.trim() });
      notice.show(t('goals.priorities.renamed'));
    });

  return (
    <li>
      <form onSubmit={handleSubmit(handleRename)} noValidate className="form">
        <TextField
          label={t('goals.priorities.name')}
          aria-label={named(t('goals.priorities.name'))}
          isRequired
          error={fieldError(formState.errors.name?.message)}
          {...register('name')}
        />
        <div className="form__buttons">
          <button
            type="submit"
            className="button button--small"
            aria-label={named(t('goals.priorities.rename'))}
          >
            {t('goals.priorities.rename')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={named(t('actions.moveUp'))}
            disabled={isFirst}
            onClick={() => void command.run(() => goalSettings.movePriority(year, priority.id, -1))}
          >
            <span aria-hidden="true">↑</span> {t('actions.moveUp')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={named(t('actions.moveDown'))}
            disabled={isLast}
            onClick={() => void command.run(() => goalSettings.movePriority(year, priority.id, 1))}
          >
            <span aria-hidden="true">↓</span> {t('actions.moveDown')}
          </button>
          <button
            type="button"
            className="button button--small button--danger"
            aria-label={named(t('goals.priorities.delete'))}
            onClick={() =>
              void command.run(async () => {
                await goalSettings.deletePriority(year, priority.id);
                notice.show(t('goals.priorities.deleted', { name: priority.name }));
                onDeleted();
              })
            }
          >
            {t('goals.priorities.delete')}
          </button>
        </div>
        <ErrorAlert message={command.error} />
      </form>
    </li>
  );
};
