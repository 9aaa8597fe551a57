import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../../shared/backup/format';
import { DialogButtons } from '../../components/DialogButtons';
import { ProblemList } from '../../components/ProblemList';
import { useBackupText } from './useBackupText';

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
  return (
    <ProblemList
      heading={t('backup.problems.heading', { fileName })}
      headingLevel={3}
      summary={t('backup.problems.summary', { count: problems.length })}
      listLabel={t('backup.problems.listLabel')}
      problems={problems}
      placeOf={(problem) => text.place(problem.path)}
      textOf={text.problem}
      moreText={(count) => t('backup.problems.more', { count })}
      className="backup-problems"
    >
      <DialogButtons
        secondary={{ label: t('backup.problems.saveList'), onPress: onSaveList }}
        onCancel={onDismiss}
        cancelLabel={t('app.close')}
        isCancelQuiet
      />
    </ProblemList>
  );
};
