import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageProblem } from '../../../shared/packages/parse';
import { usePackageText } from './usePackageText';

/** More than this many problems are counted, not listed. */
const VISIBLE_PROBLEMS = 50;

type Props = { fileName: string; problems: readonly PackageProblem[]; onDismiss: () => void };

/** Why a package file was refused: every problem with its place in the file. Nothing changed. */
export const PackageProblems = ({ fileName, problems, onDismiss }: Props) => {
  const { t } = useTranslation();
  const text = usePackageText();
  const headingId = useId();
  const hidden = Math.max(0, problems.length - VISIBLE_PROBLEMS);
  return (
    <section aria-labelledby={headingId} className="package-problems">
      <h3 id={headingId}>{t('packages.problems.heading', { fileName })}</h3>
      <p className="alert alert--error" role="alert">
        <span aria-hidden="true">⚠ </span>
        {t('packages.problems.summary', { count: problems.length })}
      </p>
      <ul aria-label={t('packages.problems.listLabel')}>
        {problems.slice(0, VISIBLE_PROBLEMS).map((problem, index) => (
          <li key={`${index}-${problem.path}`}>
            <code>{text.place(problem.path)}</code>: {text.problem(problem)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('packages.problems.more', { count: hidden })}</p>}
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        {t('app.close')}
      </button>
    </section>
  );
};
