import { useCallback } from 'react';
import type { SettingKey } from '../../../shared/domain/settings';
import { useDatabase } from '../core/DatabaseProvider';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readSetting } from './settingsRepository';

/** undefined while loading, null when the setting has never been saved. */
export const useProfile = () => {
  return useScopedLiveQuery((db) => readSetting(db, 'profile'), []);
};

export const useOrganisation = () => {
  return useScopedLiveQuery((db) => readSetting(db, 'organisation'), []);
};

/** Reads a setting once, now: for a handler that must not wait for a live query's first answer. */
export const useSettingReader = () => {
  const db = useDatabase();
  return useCallback(<K extends SettingKey>(key: K) => readSetting(db, key), [db]);
};
