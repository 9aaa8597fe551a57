import { useTranslation } from 'react-i18next';
import type { PackageProblem } from '../../../shared/packages/parse';
import { parseValidationMessage } from '../../../shared/validation';
import { ProblemList } from '../../components/ProblemList';

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
  return (
    <ProblemList
      heading={t('merge.problems.heading', { fileName })}
      headingLevel={2}
      summary={t('merge.problems.summary', { count: problems.length })}
      listLabel={t('merge.problems.listLabel')}
      problems={problems}
      placeOf={(problem) => (problem.path === '$' ? t('merge.problems.wholeFile') : problem.path)}
      textOf={message}
      moreText={(count) => t('merge.problems.more', { count })}
      className="merge-problems"
    />
  );
};
