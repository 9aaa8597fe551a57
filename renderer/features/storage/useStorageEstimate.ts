import { useCallback, useEffect, useState } from 'react';
import type { StorageEstimate } from './storageAmounts';

export type StorageState = {
  /** undefined while reading; null when the browser does not tell. */
  estimate: StorageEstimate | null | undefined;
  persisted: boolean | null | undefined;
};

const readEstimate = async (): Promise<StorageEstimate | null> => {
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (typeof estimate?.usage !== 'number' || typeof estimate.quota !== 'number') return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
};

const readPersisted = async (): Promise<boolean | null> => {
  try {
    const persisted = await navigator.storage?.persisted?.();
    return typeof persisted === 'boolean' ? persisted : null;
  } catch {
    return null;
  }
};

/**
 * What navigator.storage says about this origin's storage: usage and quota, and whether it is
 * persistent. `refresh` reads it again; `requestPersist` asks for persistence (false: refused).
 */
export const useStorageEstimate = () => {
  const [state, setState] = useState<StorageState>({ estimate: undefined, persisted: undefined });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void Promise.all([readEstimate(), readPersisted()]).then(([estimate, persisted]) => {
      if (isCurrent) setState({ estimate, persisted });
    });
    return () => {
      isCurrent = false;
    };
  }, [version]);
  const refresh = useCallback(() => setVersion((value) => value + 1), []);
  const requestPersist = useCallback(async () => {
    let granted = false;
    try {
      granted = (await navigator.storage?.persist?.()) ?? false;
    } catch {
      granted = false;
    }
    refresh();
    return granted;
  }, [refresh]);
  return { ...state, refresh, requestPersist };
};
