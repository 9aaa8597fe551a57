import type { ChangeEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/desktop-api';
import type { BackupProblem } from '../../../shared/backup/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { usePlatform } from '../../platform/PlatformContext';
import { BackupProblems, useBackupText } from '../backups';
import { useBackupCommands } from '../../data/backups/useBackups';
import { readBackup } from '../../data/backups/readBackup';

/**
 * First run on an empty database: if backups exist (desktop) or the user has a backup file,
 * bring the register back instead of starting fresh.
 */
export const RestoreOnFirstRun = () => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const backups = useBackupCommands();
  const text = useBackupText();
  const [newest, setNewest] = useState<BackupInfo | null>(null);
  const [problems, setProblems] = useState<{
    fileName: string;
    list: readonly BackupProblem[];
  } | null>(null);
  const command = useCommand();

  useEffect(() => {
    void platform.backups.list().then((result) => {
      if (result.ok) setNewest(result.value.find((item) => item.verified) ?? null);
    });
  }, [platform]);

  const restoreText = async (fileName: string, text: string) => {
    command.clearError();
    setProblems(null);
    const parsed = readBackup(text);
    if (!parsed.ok) {
      setProblems({ fileName, list: parsed.problems });
      return;
    }
    await command.run(() => backups.restoreOnFirstRun(parsed.document));
  };

  const saveProblemList = (fileName: string, list: readonly BackupProblem[]) =>
    platform.files.saveAs({
      suggestedName: 'valvo-varmuuskopion-ongelmat.txt',
      mimeType: 'text/plain',
      content: [
        fileName,
        ...list.map((item) => `${text.place(item.path)}: ${text.problem(item)}`),
      ].join('\r\n'),
    });

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) await restoreText(file.name, await file.text());
  };

  const handleNewest = async () => {
    if (!newest) return;
    const result = await platform.backups.read(newest.fileName);
    if (!result.ok) command.setError(t('backup.errors.readFailed'));
    else await restoreText(newest.fileName, result.value);
  };

  return (
    <div className="choice">
      <h3>{t('firstRun.restoreOption')}</h3>
      <p>{t('firstRun.restoreHelp')}</p>
      {newest && (
        <button type="button" className="button button--primary" onClick={handleNewest}>
          {t('firstRun.restoreNewest', { date: newest.createdAt.slice(0, 10) })}
        </button>
      )}
      <div className="field">
        <label htmlFor="first-run-restore">{t('firstRun.restoreFile')}</label>
        <input
          id="first-run-restore"
          type="file"
          accept=".json,application/json"
          onChange={handleFile}
        />
      </div>
      <ErrorAlert message={command.error} />
      {problems && (
        <BackupProblems
          fileName={problems.fileName}
          problems={problems.list}
          onSaveList={() => void saveProblemList(problems.fileName, problems.list)}
          onDismiss={() => setProblems(null)}
        />
      )}
    </div>
  );
};
