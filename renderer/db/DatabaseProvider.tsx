import type { ReactNode } from 'react';
import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RawExportButton } from './RawExportButton';
import { ValvoDatabase } from './database';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { installedSchemaVersion, isNewerThanCode } from './schema-guard';

type OpenState =
  | { kind: 'opening' }
  | { kind: 'open'; db: ValvoDatabase }
  | { kind: 'failed'; message: string }
  | { kind: 'newer'; installed: number }
  | { kind: 'stale' };

const DatabaseContext = createContext<ValvoDatabase | null>(null);

/**
 * Opens the database once and shows why when it cannot. Nothing here ever deletes or recreates
 * a database: a failed open leaves the data as it was and offers a retry.
 */
export const DatabaseProvider = ({ children, name }: { children: ReactNode; name?: string }) => {
  const { t } = useTranslation();
  const [state, setState] = useState<OpenState>({ kind: 'opening' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const db = new ValvoDatabase(name);
    // Another window upgraded the schema: this one must stop writing with the old one.
    db.on('versionchange', () => {
      db.close();
      setState({ kind: 'stale' });
      return false;
    });
    let isCurrent = true;
    // Ask the browser not to evict the register under storage pressure; a refusal is not an error.
    void navigator.storage?.persist?.().catch(() => false);
    db.open().then(
      () => {
        if (!isCurrent) return;
        if (isNewerThanCode(db)) {
          // Nothing may be written with an older schema; the data stays as the newer app left it.
          db.readOnlyReason = 'errors.newerDatabase';
          setState({ kind: 'newer', installed: installedSchemaVersion(db) });
          return;
        }
        setState({ kind: 'open', db });
      },
      (error: unknown) =>
        isCurrent &&
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      isCurrent = false;
      db.close();
    };
  }, [name, attempt]);

  if (state.kind === 'opening') return <p className="page-status">{t('app.loading')}</p>;
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
          <button type="button" className="button" onClick={() => setAttempt((value) => value + 1)}>
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
