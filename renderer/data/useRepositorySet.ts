import { useMemo } from 'react';
import type { Profile } from '../../shared/domain/settings';
import type { ValvoDatabase } from './core/database';
import { useDatabase } from './core/DatabaseProvider';
import { browserWriteContext } from './core/writeContext';
import { createRepositories } from './createRepositories';
import { useSetting } from './settings/useSettings';

const makeRepositories = (db: ValvoDatabase, profile: Profile | null) => {
  const context = browserWriteContext(
    () => profile?.name ?? '?',
    () => profile?.role ?? null,
  );
  return { context, ...createRepositories(db, context) };
};

export type Repositories = ReturnType<typeof makeRepositories>;

/** The repositories of the open database, writing as the current profile. */
export const useRepositorySet = (): Repositories => {
  const db = useDatabase();
  const profile = useSetting('profile');
  return useMemo(() => makeRepositories(db, profile ?? null), [db, profile]);
};
