import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupProblem } from '../../../shared/backup/format';
import type { VerifiedBackup } from '../../../shared/backup/read';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { useCommand } from '../../components/useCommand';
import { usePlatform } from '../../platform/PlatformContext';
import { useProfile } from '../../session/useProfile';
import { StorageStatus } from '../storage';
import { BackupActions } from './BackupActions';
import type { ConfirmMode } from './BackupConfirmDialog';
import { BackupConfirmDialog } from './BackupConfirmDialog';
import { BackupProblems } from './BackupProblems';
import { PreMigrationBackups } from './PreMigrationBackups';
import { readBackup } from '../../data/backups/readBackup';
import { useBackupCommands, useBackupList } from '../../data/backups/useBackups';
import { RestoreFromFile } from './RestoreFromFile';
import { useBackupText } from './useBackupText';

type Pending = { mode: ConfirmMode; document: VerifiedBackup };
type Refusal = { fileName: string; problems: BackupProblem[] };
type Checked = ReturnType<typeof readBackup>;

const PROBLEM_LIST_NAME = 'valvo-varmuuskopion-ongelmat.txt';

/**
 * Asetukset → Varmuuskopiot: the backups (BackupActions), the copies taken before a schema
 * upgrade, the storage, and restore or import from a file (RestoreFromFile). Every backup read
 * for a restore, wherever it comes from, is checked completely first: a good one is confirmed
 * (BackupConfirmDialog), a refused one lists every problem and changes nothing. The parts share
 * one command, so one thing runs at a time and its progress and error show in one place.
 */
export const BackupsSection = () => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const profile = useProfile();
  const commands = useBackupCommands();
  const list = useBackupList();
  const notice = useNotice();
  const text = useBackupText();
  const command = useCommand();
  const [pending, setPending] = useState<Pending | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const working = { label: t('backup.working') };

  const download = async () => {
    const saved = await commands.download();
    if (saved.saved) notice.show(t('backup.downloaded', { fileName: saved.fileName ?? '' }));
  };

  /** Reads a backup and checks it whole: to the confirmation, or to the problem list. */
  const check = (mode: ConfirmMode, fileName: string, read: () => Promise<Checked>) =>
    void command.run(
      async () => {
        setRefusal(null);
        const parsed = await read();
        if (parsed.ok) setPending({ mode, document: parsed.document });
        else setRefusal({ fileName, problems: parsed.problems });
      },
      { label: t('backup.reading') },
    );

  const saveProblemList = (shown: Refusal) =>
    command.run(async () => {
      const lines = shown.problems.map(
        (problem) => `${text.place(problem.path)}: ${text.problem(problem)}`,
      );
      await platform.files.saveAs({
        suggestedName: PROBLEM_LIST_NAME,
        mimeType: 'text/plain;charset=utf-8',
        content: [t('backup.problems.heading', { fileName: shown.fileName }), '', ...lines].join(
          '\n',
        ),
      });
    }, working);

  const confirm = async () => {
    if (!pending) return;
    if (pending.mode === 'restore') {
      await commands.restore(pending.document);
      notice.show(t('backup.restored', { date: text.dateTime(pending.document.createdAt) }));
    } else {
      const counts = await commands.merge(pending.document);
      notice.show(t('backup.imported', counts));
    }
    setPending(null);
    list.refresh();
  };

  return (
    <section aria-labelledby="settings-backups-heading" className="backups">
      <h2 id="settings-backups-heading">{t('backup.heading')}</h2>
      <BackupActions
        profile={profile}
        command={command}
        list={list}
        onDownload={download}
        onRestoreListed={(fileName) =>
          check('restore', fileName, () => commands.readListed(fileName))
        }
      />
      <PreMigrationBackups
        canRestore={profile?.role === 'controller'}
        command={command}
        onRestore={(fileName, read) =>
          check('restore', fileName, async () => readBackup(await read()))
        }
      />
      <StorageStatus />
      <RestoreFromFile profile={profile} busy={command.isBusy} onCheck={check} />
      {command.busyLabel && <p role="status">{command.busyLabel}</p>}
      <ErrorAlert message={command.error} />
      {refusal && (
        <BackupProblems
          fileName={refusal.fileName}
          problems={refusal.problems}
          onSaveList={() => void saveProblemList(refusal)}
          onDismiss={() => setRefusal(null)}
        />
      )}
      {pending && (
        <BackupConfirmDialog
          mode={pending.mode}
          document={pending.document}
          savesCurrentFirst={platform.capabilities.canWriteBackupFiles}
          onDownloadCurrent={download}
          onConfirm={confirm}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  );
};
