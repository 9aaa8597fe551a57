import type { ReactNode } from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StorageFailure } from '../../data/core/storageFailure';
import { classifyStorageFailure } from '../../data/core/storageFailure';
import { StorageHealthContextProvider } from '../../hooks/storageHealthContext';
import { StorageFullDialog } from './StorageFullDialog';

/**
 * The one place a write that ran out of storage is surfaced. Forms report their failures
 * through useErrorText; a write nobody awaited reaches the window's unhandledrejection event.
 * Either way the blocking dialog opens once, over the screen as it is, and nothing is closed.
 */
export const StorageHealthProvider = ({ children }: { children: ReactNode }) => {
  const [failure, setFailure] = useState<StorageFailure | null>(null);

  const report = useCallback((error: unknown) => {
    const found = classifyStorageFailure(error);
    if (!found) return false;
    console.warn('Storage is full; the write was not saved.', found.name, found.message);
    setFailure((current) => current ?? found);
    return true;
  }, []);

  useEffect(() => {
    const handleRejection = (event: PromiseRejectionEvent) => {
      report(event.reason);
    };
    window.addEventListener('unhandledrejection', handleRejection);
    return () => window.removeEventListener('unhandledrejection', handleRejection);
  }, [report]);

  const value = useMemo(() => ({ report }), [report]);
  return (
    <StorageHealthContextProvider value={value}>
      {children}
      {failure && <StorageFullDialog failure={failure} onClose={() => setFailure(null)} />}
    </StorageHealthContextProvider>
  );
};
