import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import type { Profile } from '../../shared/domain/settings';
import { useDatabase } from '../db/DatabaseProvider';
import { browserWriteContext } from '../db/write-context';
import { useProfile } from '../features/settings/useSettings';
import { createRepositories } from './createRepositories';

const makeRepositories = (db: ReturnType<typeof useDatabase>, profile: Profile | null) => {
  const context = browserWriteContext(
    () => profile?.name ?? '?',
    () => profile?.role ?? null,
  );
  return { context, ...createRepositories(db, context) };
};

export type Repositories = ReturnType<typeof makeRepositories>;

const RepositoryContext = createContext<Repositories | null>(null);

/** The repositories, writing as the current profile (its name is the actor of audit events). */
export const RepositoryProvider = ({ children }: { children: ReactNode }) => {
  const db = useDatabase();
  const profile = useProfile();
  const repositories = useMemo(() => makeRepositories(db, profile ?? null), [db, profile]);
  return <RepositoryContext.Provider value={repositories}>{children}</RepositoryContext.Provider>;
};

export const useRepositories = (): Repositories => {
  const repositories = useContext(RepositoryContext);
  if (!repositories) throw new Error('useRepositories outside RepositoryProvider');
  return repositories;
};
