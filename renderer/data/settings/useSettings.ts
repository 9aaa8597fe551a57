import { useCallback } from 'react';
import type { SettingKey } from '../../../shared/domain/settings';
import { useDatabase } from '../core/DatabaseProvider';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import { readSetting } from './settingsRepository';

/** One setting, live: undefined while loading, null when it has never been saved. */
export const useSetting = <K extends SettingKey>(key: K) =>
  useScopedLiveQuery((db) => readSetting(db, key), [key]);

/** Reads a setting once, now: for a handler that must not wait for a live query's first answer. */
export const useSettingReader = () => {
  const db = useDatabase();
  return useCallback(<K extends SettingKey>(key: K) => readSetting(db, key), [db]);
};
