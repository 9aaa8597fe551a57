import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { Repositories } from './useRepositorySet';
import { useRepositorySet } from './useRepositorySet';

export type { Repositories } from './useRepositorySet';

const RepositoryContext = createContext<Repositories | null>(null);

/** The repositories, writing as the current profile (its name is the actor of audit events). */
export const RepositoryProvider = ({ children }: { children: ReactNode }) => {
  const repositories = useRepositorySet();
  return <RepositoryContext.Provider value={repositories}>{children}</RepositoryContext.Provider>;
};

export const useRepositories = (): Repositories => {
  const repositories = useContext(RepositoryContext);
  if (!repositories) throw new Error('useRepositories outside RepositoryProvider');
  return repositories;
};
