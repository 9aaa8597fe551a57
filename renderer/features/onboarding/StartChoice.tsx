import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OrganisationSchema } from '../../../shared/domain/settings';
import { validationMessage } from '../../../shared/validation';
import { useErrorText, useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { OpenPackage } from '../packages';
import { RestoreOnFirstRun } from './RestoreOnFirstRun';
import { useOrganisationSetup } from '../../data/setup/useOrganisationSetup';

const EmptyStartSchema = z.object({
  name: OrganisationSchema.shape.name,
  year: z
    .string()
    .trim()
    .regex(/^20\d\d$/, validationMessage('validation.invalidYear'))
    .transform(Number),
});
type EmptyStartValues = z.input<typeof EmptyStartSchema>;

/**
 * Second step of the first run: the built-in example, an empty organisation, or (for a unit
 * manager) the unit package the controller sent.
 */
export const StartChoice = ({ thisYear }: { thisYear: number }) => {
  const { t } = useTranslation();
  const setup = useOrganisationSetup();
  const errorText = useErrorText();
  const fieldError = useFieldErrorText();
  const [error, setError] = useState<string | null>(null);
  const [isLoadingExample, setIsLoadingExample] = useState(false);
  const { register, handleSubmit, formState } = useForm<
    EmptyStartValues,
    unknown,
    z.output<typeof EmptyStartSchema>
  >({
    resolver: zodResolver(EmptyStartSchema),
    defaultValues: { name: '', year: String(thisYear) },
  });

  const handleExample = async () => {
    setError(null);
    setIsLoadingExample(true);
    try {
      await setup.loadExample();
    } catch (failure) {
      setError(errorText(failure));
      setIsLoadingExample(false);
    }
  };

  const handleEmpty = async ({ name, year }: z.output<typeof EmptyStartSchema>) => {
    setError(null);
    try {
      await setup.startEmpty(name, year);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <section aria-labelledby="start-heading" className="card">
      <h2 id="start-heading">{t('firstRun.startHeading')}</h2>
      <ErrorAlert message={error} />
      <div className="choice">
        <h3>{t('firstRun.exampleOption')}</h3>
        <p>{t('firstRun.exampleHelp')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={handleExample}
          disabled={isLoadingExample}
        >
          {isLoadingExample ? t('app.loading') : t('firstRun.loadExample')}
        </button>
      </div>
      <form className="choice form" onSubmit={handleSubmit(handleEmpty)} noValidate>
        <h3>{t('firstRun.emptyOption')}</h3>
        <p>{t('firstRun.emptyHelp')}</p>
        <TextField
          label={t('firstRun.organisationName')}
          isRequired
          error={fieldError(formState.errors.name?.message)}
          {...register('name')}
        />
        <TextField
          label={t('firstRun.planYear')}
          inputMode="numeric"
          isRequired
          error={fieldError(formState.errors.year?.message)}
          {...register('year')}
        />
        <button type="submit" className="button" disabled={formState.isSubmitting}>
          {t('firstRun.start')}
        </button>
      </form>
      <OpenPackage headingLevel={3} help={t('packages.open.help')} />
      <RestoreOnFirstRun />
    </section>
  );
};
