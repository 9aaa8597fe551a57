import { createContext, useContext } from 'react';
import { isStorageFailure } from '../data/core/storageFailure';

export type StorageHealth = {
  /**
   * Tells the app a write failed. Returns true when it failed for lack of storage, and then
   * (under StorageHealthProvider) the blocking "not saved" dialog opens over whatever is on screen.
   */
  report: (error: unknown) => boolean;
};

// Outside the provider (unit tests of single components) the error is only classified.
const StorageHealthContext = createContext<StorageHealth>({ report: isStorageFailure });

export const StorageHealthContextProvider = StorageHealthContext.Provider;

export const useStorageHealth = (): StorageHealth => useContext(StorageHealthContext);
