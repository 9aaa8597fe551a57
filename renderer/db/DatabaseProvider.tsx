import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APP_VERSION, pickPlatform } from '../platform';
import { useOptionalPlatform } from '../platform/PlatformContext';
import { RawExportButton } from './RawExportButton';
import type { ValvoDatabase } from './database';
import { DATABASE_NAME } from './database';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { openValvoDatabase } from './open-database';
import type { MigrationStep } from './pre-migration';
import { isPreMigrationBackupError, preMigrationTarget } from './pre-migration';
import { installedSchemaVersion, isNewerThanCode } from './schema-guard';

type OpenState =
  | { kind: 'opening' }
  | { kind: 'backingUp'; step: MigrationStep }
  | { kind: 'backupFailed'; step: MigrationStep; message: string }
  | { kind: 'open'; db: ValvoDatabase }
  | { kind: 'failed'; message: string }
  | { kind: 'newer'; installed: number }
  | { kind: 'stale' };

const DatabaseContext = createContext<ValvoDatabase | null>(null);

/**
 * Opens the database once and shows why when it cannot. Nothing here ever deletes or recreates
 * a database: a failed open leaves the data as it was and offers a retry. A database of an older
 * schema version is copied first (openValvoDatabase); without that copy it is not upgraded.
 */
export const DatabaseProvider = ({
  children,
  name = DATABASE_NAME,
}: {
  children: ReactNode;
  name?: string;
}) => {
  const { t } = useTranslation();
  const givenPlatform = useOptionalPlatform();
  const [state, setState] = useState<OpenState>({ kind: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    let opened: ValvoDatabase | null = null;
    // Ask the browser not to evict the register under storage pressure; a refusal is not an error.
    void navigator.storage?.persist?.().catch(() => false);
    openValvoDatabase({
      name,
      target: preMigrationTarget(givenPlatform ?? pickPlatform(), name),
      appVersion: APP_VERSION,
      onBackingUp: (step) => isCurrent && setState({ kind: 'backingUp', step }),
      isCancelled: () => !isCurrent,
      configure: (db) => {
        opened = db;
        // Another window upgraded the schema: this one must stop writing with the old one.
        db.on('versionchange', () => {
          db.close();
          setState({ kind: 'stale' });
          return false;
        });
      },
    }).then(
      (db) => {
        if (!isCurrent || db === null) return;
        if (isNewerThanCode(db)) {
          // Nothing may be written with an older schema; the data stays as the newer app left it.
          db.readOnlyReason = 'errors.newerDatabase';
          setState({ kind: 'newer', installed: installedSchemaVersion(db) });
          return;
        }
        setState({ kind: 'open', db });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        const message = error instanceof Error ? error.message : String(error);
        setState(
          isPreMigrationBackupError(error)
            ? { kind: 'backupFailed', step: error.step, message }
            : { kind: 'failed', message },
        );
      },
    );
    return () => {
      isCurrent = false;
      opened?.close();
    };
  }, [name, attempt, givenPlatform]);

  const retry = () => {
    setState({ kind: 'opening' });
    setAttempt((value) => value + 1);
  };

  if (state.kind === 'opening') return <p className="page-status">{t('app.loading')}</p>;
  if (state.kind === 'backingUp') {
    return (
      <p className="page-status" role="status">
        {t('backup.preMigration.working', {
          from: state.step.fromVersion,
          to: state.step.toVersion,
        })}
      </p>
    );
  }
  if (state.kind === 'backupFailed') {
    return (
      <main className="page-status">
        <h1>{t('backup.preMigration.failedTitle')}</h1>
        <p role="alert">
          {t('backup.preMigration.failed', {
            from: state.step.fromVersion,
            to: state.step.toVersion,
            message: state.message,
          })}
        </p>
        <div className="toolbar">
          <button type="button" className="button" onClick={retry}>
            {t('errors.retry')}
          </button>
          <RawExportButton />
        </div>
      </main>
    );
  }
  if (state.kind === 'stale') {
    return (
      <main className="page-status" role="alert">
        <p>{t('errors.databaseUpgraded')}</p>
      </main>
    );
  }
  if (state.kind === 'newer') {
    return (
      <main className="page-status">
        <h1>{t('errors.newerDatabaseTitle')}</h1>
        <p role="alert">
          {t('errors.newerDatabase', { installed: state.installed, known: CURRENT_SCHEMA_VERSION })}
        </p>
        <RawExportButton />
      </main>
    );
  }
  if (state.kind === 'failed') {
    return (
      <main className="page-status">
        <h1>{t('errors.openFailedTitle')}</h1>
        <p role="alert">{t('errors.openFailed', { message: state.message })}</p>
        <div className="toolbar">
          <button type="button" className="button" onClick={retry}>
            {t('errors.retry')}
          </button>
          <RawExportButton />
        </div>
      </main>
    );
  }
  return <DatabaseContext.Provider value={state.db}>{children}</DatabaseContext.Provider>;
};

/** For repositories and live-query hooks only; components never hold the database. */
export const useDatabase = (): ValvoDatabase => {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
};
