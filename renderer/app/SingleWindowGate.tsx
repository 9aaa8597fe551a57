import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const LOCK_NAME = 'valvo-single-window';

/**
 * Lets only one window or tab of Valvo use the database at a time (Web Locks): two writers on
 * one IndexedDB could overwrite each other's work. The desktop shell also holds a process lock.
 */
export const SingleWindowGate = ({ children }: { children: ReactNode }) => {
  const { t } = useTranslation();
  const [state, setState] = useState<'waiting' | 'owner' | 'refused'>(() =>
    'locks' in navigator ? 'waiting' : 'owner',
  );

  useEffect(() => {
    if (!('locks' in navigator)) return;
    let release: () => void = () => undefined;
    void navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
      if (!lock) {
        setState('refused');
        return undefined;
      }
      setState('owner');
      // Held for as long as this window lives.
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    return () => release();
  }, []);

  if (state === 'waiting') return null;
  if (state === 'refused') {
    return (
      <main className="page-status">
        <h1>{t('errors.otherWindowTitle')}</h1>
        <p role="alert">{t('errors.otherWindow')}</p>
      </main>
    );
  }
  return <>{children}</>;
};
