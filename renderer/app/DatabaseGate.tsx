import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseOpenState } from '../data/core/DatabaseProvider';
import { DatabaseProvider } from '../data/core/DatabaseProvider';
import { CURRENT_SCHEMA_VERSION } from '../data/core/migrations';
import { RawExportButton } from './RawExportButton';

type ClosedState = Exclude<DatabaseOpenState, { kind: 'open' }>;

/** Why the register is not open yet, or cannot be: every message offers a way forward. */
const ClosedScreen = ({ state, retry }: { state: ClosedState; retry: () => void }) => {
  const { t } = useTranslation();
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
};

/**
 * Opens the database (data/core/DatabaseProvider) and shows why when it cannot: a failed open
 * leaves the data as it was and offers a retry and a raw export.
 */
export const DatabaseGate = ({ children, name }: { children: ReactNode; name?: string }) => (
  <DatabaseProvider
    {...(name === undefined ? {} : { name })}
    whileClosed={(state, retry) => <ClosedScreen state={state} retry={retry} />}
  >
    {children}
  </DatabaseProvider>
);
