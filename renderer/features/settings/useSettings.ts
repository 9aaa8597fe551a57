import { useScopedLiveQuery } from '../../db/useScopedLiveQuery';
import { readSetting } from './settingsRepository';

/** undefined while loading, null when the setting has never been saved. */
export const useProfile = () => {
  return useScopedLiveQuery((db) => readSetting(db, 'profile'), []);
};

export const useOrganisation = () => {
  return useScopedLiveQuery((db) => readSetting(db, 'organisation'), []);
};
