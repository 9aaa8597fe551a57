import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/domain/settings';
import { ProfileSchema, ROLES } from '../../../shared/domain/settings';
import { useRepositories } from '../../data/RepositoryProvider';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { toLanguage } from '../../i18n/locale';

type Props = { initial: Profile | null; submitLabel: string; onSaved?: () => void };

/** Name and role of whoever uses this installation; the name is the actor of every change. */
export const ProfileForm = ({ initial, submitLabel, onSaved }: Props) => {
  const { t, i18n } = useTranslation();
  const { settings } = useRepositories();
  const fieldError = useFieldErrorText();
  const save = useCommand();
  const { register, handleSubmit, formState } = useForm<Profile>({
    resolver: zodResolver(ProfileSchema),
    defaultValues: initial ?? { name: '', role: 'unitManager' },
  });

  const handleSave = (values: Profile) =>
    save.run(async () => {
      // The language is chosen with its own switch (on the first run before this form).
      await settings.save('profile', {
        ...values,
        language: initial?.language ?? toLanguage(i18n.language),
      });
      onSaved?.();
    });

  return (
    <form onSubmit={handleSubmit(handleSave)} noValidate className="form">
      <TextField
        label={t('firstRun.name')}
        isRequired
        autoComplete="name"
        error={fieldError(formState.errors.name?.message)}
        {...register('name')}
      />
      <SelectField
        label={t('firstRun.role')}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        {...register('role')}
      />
      <ErrorAlert message={save.error} />
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('app.saving') : submitLabel}
      </button>
    </form>
  );
};
