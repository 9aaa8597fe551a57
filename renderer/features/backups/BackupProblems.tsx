import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../../shared/backup/format';
import { useBackupText } from './useBackupText';

/** More than this many problems are counted, not listed; the full list can be saved as a file. */
export const VISIBLE_PROBLEMS = 50;

type Props = {
  fileName: string;
  problems: readonly BackupProblem[];
  onSaveList: () => void;
  onDismiss: () => void;
};

/** Why a file was refused: every problem with its place in the file. Nothing was changed. */
export const BackupProblems = ({ fileName, problems, onSaveList, onDismiss }: Props) => {
  const { t } = useTranslation();
  const text = useBackupText();
  const hidden = Math.max(0, problems.length - VISIBLE_PROBLEMS);
  return (
    <section aria-labelledby="backup-problems-heading" className="backup-problems">
      <h3 id="backup-problems-heading">{t('backup.problems.heading', { fileName })}</h3>
      <p className="alert alert--error" role="alert">
        <span aria-hidden="true">⚠ </span>
        {t('backup.problems.summary', { count: problems.length })}
      </p>
      <ul aria-label={t('backup.problems.listLabel')}>
        {problems.slice(0, VISIBLE_PROBLEMS).map((problem, index) => (
          <li key={`${index}-${problem.path}`}>
            <code>{text.place(problem.path)}</code>: {text.problem(problem)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('backup.problems.more', { count: hidden })}</p>}
      <div className="form__buttons">
        <button type="button" className="button" onClick={onSaveList}>
          {t('backup.problems.saveList')}
        </button>
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('app.close')}
        </button>
      </div>
    </section>
  );
};
