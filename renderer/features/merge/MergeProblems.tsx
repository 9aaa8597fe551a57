import { useTranslation } from 'react-i18next';
import type { PackageProblem } from '../../../shared/packages/parse';
import { parseValidationMessage } from '../../../shared/validation';

/** More than this many problems are counted, not listed. */
export const VISIBLE_PROBLEMS = 50;

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

type Props = { fileName: string; problems: readonly PackageProblem[] };

/** Why a file could not be read as a return: every problem with its place. Nothing was changed. */
export const MergeProblems = ({ fileName, problems }: Props) => {
  const { t } = useTranslation();
  const kinds: Record<string, string> = {
    issue: t('packages.kinds.issue'),
    return: t('packages.kinds.return'),
  };
  const message = (problem: PackageProblem) => {
    const { key, params } = parseValidationMessage(problem.message);
    const values = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, kinds[value] ?? decode(value)]),
    );
    return t(key, { detail: '', ...values });
  };
  const hidden = Math.max(0, problems.length - VISIBLE_PROBLEMS);
  return (
    <section aria-labelledby="merge-problems-heading" className="merge-problems">
      <h2 id="merge-problems-heading">{t('merge.problems.heading', { fileName })}</h2>
      <p className="alert alert--error" role="alert">
        <span aria-hidden="true">⚠ </span>
        {t('merge.problems.summary', { count: problems.length })}
      </p>
      <ul aria-label={t('merge.problems.listLabel')}>
        {problems.slice(0, VISIBLE_PROBLEMS).map((problem, index) => (
          <li key={`${index}-${problem.path}`}>
            <code>{problem.path === '$' ? t('merge.problems.wholeFile') : problem.path}</code>:{' '}
            {message(problem)}
          </li>
        ))}
      </ul>
      {hidden > 0 && <p>{t('merge.problems.more', { count: hidden })}</p>}
    </section>
  );
};
