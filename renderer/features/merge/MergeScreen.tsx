import type { ChangeEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { MergeResolutions } from '../../../shared/packages/merge-apply';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { useProfile } from '../../session/useProfile';
import { Alert } from '../../components/Alert';
import { useCommand } from '../../components/useCommand';
import { MergeHistory } from './MergeHistory';
import { MergePreview } from './MergePreview';
import { MergeProblems } from './MergeProblems';
import type { MergePreparation } from '../../data/merge/prepareMerge';
import { useMergeCommands } from '../../data/merge/useMergeCommands';
import './merge.css';

/** `attempt` tells two readings of the same file apart, so the form starts afresh each time. */
type Checked = { fileName: string; preparation: MergePreparation; attempt: number };

/**
 * Yhdistä palautettu paketti: the controller picks a returned package; it is read and checked
 * whole (problems listed with their place, refusals explained, nothing changed); a valid one is
 * previewed with its conflicts to resolve, and "Yhdistä" writes it and opens the merge report.
 */
export const MergeScreen = () => {
  const { t, i18n } = useTranslation();
  usePageTitle(t('merge.heading'));
  const profile = useProfile();
  const commands = useMergeCommands();
  const navigate = useNavigate();
  const notice = useNotice();
  const inputId = useId();
  const [checked, setChecked] = useState<Checked | null>(null);
  const attempts = useRef(0);
  // Reading a file and merging it: one at a time, with one message.
  const command = useCommand();
  const isBusy = command.isBusy;
  const language = i18n.language as LanguageCode;

  if (profile === undefined) return <p>{t('app.loading')}</p>;
  if (profile?.role !== 'controller')
    return (
      <>
        <h1>{t('merge.heading')}</h1>
        <p>{t('merge.controllerOnly')}</p>
      </>
    );

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (!file || isBusy) return;
    setChecked(null);
    await command.run(async () => {
      const preparation = await commands.prepare(file);
      attempts.current += 1;
      setChecked({ fileName: file.name, preparation, attempt: attempts.current });
    });
  };

  const handleApply = async (resolutions: MergeResolutions) => {
    if (checked?.preparation.status !== 'ready') return;
    const { preparation } = checked;
    await command.run(
      async () => {
        const outcome = await commands.apply(preparation, resolutions);
        notice.show(t('merge.merged', { count: outcome.written }));
        navigate(`/merge/${outcome.mergeId}`);
      },
      // The merge report replaces this screen.
      { staysBusy: true },
    );
  };

  const preparation = checked?.preparation;
  return (
    <>
      <h1>{t('merge.heading')}</h1>
      <p>{t('merge.intro')}</p>
      <div className="field">
        <label htmlFor={inputId}>{t('merge.file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={isBusy}
          onChange={handleFile}
        />
      </div>
      <p aria-live="polite">{isBusy && !preparation ? t('merge.reading') : ''}</p>
      <ErrorAlert message={command.error} />
      {checked && preparation?.status === 'invalid' && (
        <MergeProblems fileName={checked.fileName} problems={preparation.problems} />
      )}
      {checked && preparation?.status === 'refused' && (
        <section aria-labelledby="merge-refused-heading">
          <h2 id="merge-refused-heading">
            {t('merge.refusedHeading', { fileName: checked.fileName })}
          </h2>
          <Alert role="alert">
            {t(preparation.key, preparation.params)} {t('merge.nothingChanged')}
          </Alert>
        </section>
      )}
      {preparation?.status === 'alreadyMerged' && (
        <p className="alert alert--info" role="status">
          {t('merge.alreadyMerged', {
            date: formatDateTime(preparation.mergedAt, language),
            name: preparation.mergedBy,
          })}{' '}
          <Link to={`/merge/${preparation.mergeId}`}>{t('merge.openReport')}</Link>
        </p>
      )}
      {preparation?.status === 'ready' && (
        <MergePreview
          key={`${preparation.pkg.returnId}-${checked?.attempt ?? 0}`}
          prepared={preparation}
          takesBackup={commands.takesBackup}
          isApplying={isBusy}
          onApply={handleApply}
          onCancel={() => setChecked(null)}
        />
      )}
      <MergeHistory />
    </>
  );
};
