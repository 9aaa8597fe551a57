import type { ChangeEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupDocument, BackupProblem } from '../../../shared/backup/format';
import { MAX_BACKUP_BYTES } from '../../../shared/desktop-api';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { usePlatform } from '../../platform/PlatformContext';
import { useProfile } from '../../session/useProfile';
import { StorageStatus } from '../storage';
import type { ConfirmMode } from './BackupConfirmDialog';
import { BackupConfirmDialog } from './BackupConfirmDialog';
import { BackupProblems } from './BackupProblems';
import { PreMigrationBackups } from './PreMigrationBackups';
import { readBackup } from '../../data/backups/readBackup';
import { useBackupCommands, useBackupList } from '../../data/backups/useBackups';
import { useBackupText } from './useBackupText';

type Pending = { mode: ConfirmMode; document: BackupDocument };
type Refusal = { fileName: string; problems: BackupProblem[] };

const PROBLEM_LIST_NAME = 'valvo-varmuuskopion-ongelmat.txt';

/**
 * Asetukset → Varmuuskopiot. Desktop: the shell's verified backup files with restore, and a
 * backup on demand. Browser: a reminder and a download. Both: restore or import from a file,
 * which is checked completely first; a refused file lists every problem and changes nothing.
 * Restore and import are for controllers (the data layer refuses others too).
 */
export const BackupsSection = () => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const profile = useProfile();
  const commands = useBackupCommands();
  const list = useBackupList();
  const notice = useNotice();
  const errorText = useErrorText();
  const text = useBackupText();
  const restoreInputId = useId();
  const importInputId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isDesktop = platform.capabilities.canWriteBackupFiles;
  const isController = profile?.role === 'controller';
  // A reader changes nothing, so has nothing of their own to back up.
  const canBackUp = profile !== undefined && profile?.role !== 'reader';

  const run = async (label: string, work: () => Promise<void>) => {
    if (busy) return;
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    const saved = await commands.download();
    if (saved.saved) notice.show(t('backup.downloaded', { fileName: saved.fileName ?? '' }));
  };

  const handleBackupNow = () =>
    run(t('backup.working'), async () => {
      await commands.backupNow();
      notice.show(t('backup.backupTaken'));
      list.refresh();
    });

  /** A checked file goes to the confirmation; a refused one to the problem list. */
  const consider = (mode: ConfirmMode, fileName: string, parsed: ReturnType<typeof readBackup>) => {
    if (parsed.ok) {
      setRefusal(null);
      setPending({ mode, document: parsed.document });
    } else {
      setRefusal({ fileName, problems: parsed.problems });
    }
  };

  const handleListed = (fileName: string) =>
    run(t('backup.reading'), async () => {
      setRefusal(null);
      consider('restore', fileName, await commands.readListed(fileName));
    });

  const handleFile = (mode: ConfirmMode) => (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    input.value = '';
    if (!file) return;
    void run(t('backup.reading'), async () => {
      setRefusal(null);
      if (file.size > MAX_BACKUP_BYTES) {
        consider(mode, file.name, {
          ok: false,
          problems: [{ path: '$', message: 'backup.errors.tooLarge' }],
        });
        return;
      }
      consider(mode, file.name, readBackup(await file.text()));
    });
  };

  const saveProblemList = () =>
    run(t('backup.working'), async () => {
      if (!refusal) return;
      const lines = refusal.problems.map(
        (problem) => `${text.place(problem.path)}: ${text.problem(problem)}`,
      );
      await platform.files.saveAs({
        suggestedName: PROBLEM_LIST_NAME,
        mimeType: 'text/plain;charset=utf-8',
        content: [t('backup.problems.heading', { fileName: refusal.fileName }), '', ...lines].join(
          '\n',
        ),
      });
    });

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
      {isDesktop ? (
        <>
          <p>{t('backup.desktopHelp')}</p>
          {canBackUp && (
            <div className="form__buttons">
              <button
                type="button"
                className="button"
                aria-disabled={busy !== null}
                onClick={handleBackupNow}
              >
                {t('backup.backupNow')}
              </button>
            </div>
          )}
          <BackupList
            list={list}
            canRestore={isController}
            onRestore={handleListed}
            busy={busy !== null}
          />
        </>
      ) : canBackUp ? (
        <>
          <p>{t('backup.webReminder')}</p>
          <div className="form__buttons">
            <button
              type="button"
              className="button"
              aria-disabled={busy !== null}
              onClick={() => run(t('backup.working'), download)}
            >
              {t('backup.download')}
            </button>
          </div>
        </>
      ) : (
        profile !== undefined && <p>{t('backup.readerNote')}</p>
      )}
      <PreMigrationBackups
        canRestore={isController}
        busy={busy !== null}
        run={run}
        onRestore={(fileName, content) => consider('restore', fileName, readBackup(content))}
      />
      <StorageStatus />

      <h3>{t('backup.filesHeading')}</h3>
      {profile === undefined ? (
        <p>{t('app.loading')}</p>
      ) : isController ? (
        <>
          <p>{t('backup.filesHelp')}</p>
          <div className="field">
            <label htmlFor={restoreInputId}>{t('backup.restoreFromFile')}</label>
            <input
              id={restoreInputId}
              type="file"
              accept=".json,application/json"
              // Not disabled while busy: that would drop focus on the page body; `run`
              // ignores a file chosen meanwhile.
              aria-disabled={busy !== null}
              onChange={handleFile('restore')}
            />
          </div>
          <div className="field">
            <label htmlFor={importInputId}>{t('backup.importFromFile')}</label>
            <input
              id={importInputId}
              type="file"
              accept=".json,application/json"
              aria-disabled={busy !== null}
              onChange={handleFile('import')}
            />
          </div>
        </>
      ) : (
        <p>{t('backup.controllerOnly')}</p>
      )}
      {busy && <p role="status">{busy}</p>}
      <ErrorAlert message={error} />
      {refusal && (
        <BackupProblems
          fileName={refusal.fileName}
          problems={refusal.problems}
          onSaveList={saveProblemList}
          onDismiss={() => setRefusal(null)}
        />
      )}
      {pending && (
        <BackupConfirmDialog
          mode={pending.mode}
          document={pending.document}
          savesCurrentFirst={isDesktop}
          onDownloadCurrent={download}
          onConfirm={confirm}
          onClose={() => setPending(null)}
        />
      )}
    </section>
  );
};

type ListProps = {
  list: ReturnType<typeof useBackupList>;
  canRestore: boolean;
  onRestore: (fileName: string) => void;
  busy: boolean;
};

/** The shell's backup files, newest first, with their reason, size, contents and check. */
const BackupList = ({ list, canRestore, onRestore, busy }: ListProps) => {
  const { t } = useTranslation();
  const text = useBackupText();
  if (list.backups === undefined) return <p>{t('app.loading')}</p>;
  if (list.error) return <ErrorAlert message={t('backup.listFailed', { message: list.error })} />;
  if (list.backups.length === 0) return <p>{t('backup.listEmpty')}</p>;
  return (
    <table className="register-table">
      <caption>{t('backup.listHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('backup.columns.createdAt')}</th>
          <th scope="col">{t('backup.columns.reason')}</th>
          <th scope="col">{t('backup.columns.size')}</th>
          <th scope="col">{t('backup.columns.contents')}</th>
          <th scope="col">{t('backup.columns.verified')}</th>
          {canRestore && <th scope="col">{t('backup.columns.commands')}</th>}
        </tr>
      </thead>
      <tbody>
        {list.backups.map((backup) => {
          const date = text.dateTime(backup.createdAt);
          return (
            <tr key={backup.fileName}>
              <th scope="row">{date}</th>
              <td>
                {text.reason(backup.reason)}
                {backup.pinned && <div className="muted">{t('backup.pinned')}</div>}
              </td>
              <td>{text.size(backup.sizeBytes)}</td>
              <td>{text.counts(backup.counts)}</td>
              <td>{backup.verified ? t('backup.verified') : t('backup.notVerified')}</td>
              {canRestore && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('backup.restoreLabel', { date })}
                    aria-disabled={busy}
                    onClick={() => !busy && onRestore(backup.fileName)}
                  >
                    {t('backup.restore')}
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
