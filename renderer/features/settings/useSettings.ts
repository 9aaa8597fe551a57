import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/DatabaseProvider';
import { readSetting } from './settingsRepository';

/** undefined while loading, null when the setting has never been saved. */
export const useProfile = () => {
  const db = useDatabase();
  return useLiveQuery(() => readSetting(db, 'profile'), [db]);
};

export const useOrganisation = () => {
  const db = useDatabase();
  return useLiveQuery(() => readSetting(db, 'organisation'), [db]);
};
