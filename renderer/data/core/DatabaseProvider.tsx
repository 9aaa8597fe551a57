import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { APP_VERSION, pickPlatform } from '../../platform';
import { useOptionalPlatform } from '../../platform/PlatformContext';
import type { ValvoDatabase } from './database';
import { DATABASE_NAME } from './database';
import { openValvoDatabase } from './openDatabase';
import type { MigrationStep } from './preMigration';
import { isPreMigrationBackupError, preMigrationTarget } from './preMigration';
import { installedSchemaVersion, isNewerThanCode } from './schemaGuard';

/** Where opening the database is; every state but `open` is shown by the app's DatabaseGate. */
export type DatabaseOpenState =
  | { kind: 'opening' }
  | { kind: 'backingUp'; step: MigrationStep }
  | { kind: 'backupFailed'; step: MigrationStep; message: string }
  | { kind: 'open'; db: ValvoDatabase }
  | { kind: 'failed'; message: string }
  | { kind: 'newer'; installed: number }
  | { kind: 'stale' };

const DatabaseContext = createContext<ValvoDatabase | null>(null);

/**
 * Opens the database once. Nothing here ever deletes or recreates a database: a failed open
 * leaves the data as it was, and `retry` tries again. A database of an older schema version is
 * copied first (openValvoDatabase); without that copy it is not upgraded.
 */
export const useOpenDatabase = (name: string = DATABASE_NAME) => {
  const givenPlatform = useOptionalPlatform();
  const [state, setState] = useState<DatabaseOpenState>({ kind: 'opening' });
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

  const retry = useCallback(() => {
    setState({ kind: 'opening' });
    setAttempt((value) => value + 1);
  }, []);

  return { state, retry };
};

type ProviderProps = {
  children: ReactNode;
  name?: string;
  /** What to show while the database is not open (the app's DatabaseGate says why); nothing by default. */
  whileClosed?: (
    state: Exclude<DatabaseOpenState, { kind: 'open' }>,
    retry: () => void,
  ) => ReactNode;
};

/** Opens the database and gives it to the data layer's repositories and live-query hooks. */
export const DatabaseProvider = ({
  children,
  name = DATABASE_NAME,
  whileClosed = () => null,
}: ProviderProps) => {
  const { state, retry } = useOpenDatabase(name);
  if (state.kind !== 'open') return <>{whileClosed(state, retry)}</>;
  return <DatabaseContext.Provider value={state.db}>{children}</DatabaseContext.Provider>;
};

/** For repositories and live-query hooks only; components never hold the database. */
export const useDatabase = (): ValvoDatabase => {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase outside DatabaseProvider');
  return db;
};
