import { useTranslation } from 'react-i18next';
import type { PackageProblem } from '../../../shared/packages/parse';
import { DialogButtons } from '../../components/DialogButtons';
import { ProblemList } from '../../components/ProblemList';
import { usePackageText } from './usePackageText';

type Props = { fileName: string; problems: readonly PackageProblem[]; onDismiss: () => void };

/** Why a package file was refused: every problem with its place in the file. Nothing changed. */
export const PackageProblems = ({ fileName, problems, onDismiss }: Props) => {
  const { t } = useTranslation();
  const text = usePackageText();
  return (
    <ProblemList
      heading={t('packages.problems.heading', { fileName })}
      headingLevel={3}
      summary={t('packages.problems.summary', { count: problems.length })}
      listLabel={t('packages.problems.listLabel')}
      problems={problems}
      placeOf={(problem) => text.place(problem.path)}
      textOf={text.problem}
      moreText={(count) => t('packages.problems.more', { count })}
      className="package-problems"
    >
      <DialogButtons onCancel={onDismiss} cancelLabel={t('app.close')} isCancelQuiet />
    </ProblemList>
  );
};
