import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OrganisationSchema } from '../../../shared/domain/settings';
import { validationMessage } from '../../../shared/validation';
import { useFieldErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { OpenPackage } from '../packages';
import { useCommand } from '../../components/useCommand';
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
  const fieldError = useFieldErrorText();
  // Both starts share one message; the example's button stays busy until the app moves on.
  const example = useCommand();
  const empty = useCommand();
  const { register, handleSubmit, formState } = useForm<
    EmptyStartValues,
    unknown,
    z.output<typeof EmptyStartSchema>
  >({
    resolver: zodResolver(EmptyStartSchema),
    defaultValues: { name: '', year: String(thisYear) },
  });

  const handleExample = () => {
    empty.clearError();
    return example.run(() => setup.loadExample(), { staysBusy: true });
  };

  const handleEmpty = ({ name, year }: z.output<typeof EmptyStartSchema>) => {
    example.clearError();
    return empty.run(() => setup.startEmpty(name, year));
  };

  return (
    <section aria-labelledby="start-heading" className="card">
      <h2 id="start-heading">{t('firstRun.startHeading')}</h2>
      <ErrorAlert message={example.error ?? empty.error} />
      <div className="choice">
        <h3>{t('firstRun.exampleOption')}</h3>
        <p>{t('firstRun.exampleHelp')}</p>
        <button
          type="button"
          className="button button--primary"
          onClick={handleExample}
          disabled={example.isBusy}
        >
          {example.isBusy ? t('app.loading') : t('firstRun.loadExample')}
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
