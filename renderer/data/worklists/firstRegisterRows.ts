import { useEffect, useState } from 'react';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { ActionRegisterRow } from '../../../shared/worklists/register-rows';
import { buildActionRows } from '../../../shared/worklists/register-rows';
import type { ValvoDatabase } from '../core/database';
import { useDatabase } from '../core/DatabaseProvider';
import { readTableKinds } from '../goals/goalSettings';
import { kindOrderOf, registerUnits } from './useRegisterData';

/** More than a tall window shows: the screen is full before the whole year is read. */
export const FIRST_ROWS = 50;

/**
 * The first `limit` rows of a year's register in its default order (organisation tree order,
 * then each unit's own order), read unit by unit along the tree by the [unitId+year] index
 * until there are enough: the same rows, in the same order, that reading the whole year
 * would put first. Only whole units are read, so no earlier row can be missing.
 */
export const readFirstRegisterRows = async (
  db: ValvoDatabase,
  year: number,
  today: string,
  limit = FIRST_ROWS,
): Promise<ActionRegisterRow[]> => {
  const { places } = registerUnits(await db.units.toArray());
  const actions: ControlAction[] = [];
  let live = 0;
  // A Map keeps insertion order, which is the tree order unitPlaces walked.
  for (const unitId of places.keys()) {
    if (live >= limit) break;
    const own = await db.controlActions.where('[unitId+year]').equals([unitId, year]).toArray();
    actions.push(...own);
    live += own.filter((action) => action.deletedAt === null).length;
  }
  const kinds = kindOrderOf(await readTableKinds(db));
  return buildActionRows(actions, places, today, kinds).slice(0, limit);
};

/**
 * The register's first screenful while the whole year is still being read (a city's 50,000
 * rows take a second or more). IndexedDB answers one request after another, so the few small
 * reads of the first rows must come before the year's one large read: `isSettled` turns true
 * once they are done (or were not wanted), and only then should the whole year be read. The
 * rows are read once per year and day, not kept live: the whole year's read replaces them.
 */
export const useFirstRegisterRows = (
  year: number | null,
  today: string,
  isWanted: boolean,
): { rows: ActionRegisterRow[] | undefined; isSettled: boolean } => {
  const db = useDatabase();
  const [done, setDone] = useState<{ key: string; rows: ActionRegisterRow[] } | null>(null);
  const key = `${year}|${today}`;
  const isDone = done?.key === key;
  // Once settled for a year and day it stays so: going back to the default view later must
  // not hold the year's read back again.
  const isSettledNow = year !== null && (!isWanted || isDone);
  const [settledKey, setSettledKey] = useState<string | null>(null);
  if (isSettledNow && settledKey !== key) setSettledKey(key);
  const isSettled = isSettledNow || settledKey === key;
  useEffect(() => {
    if (year === null || isSettled) return undefined;
    let isCurrent = true;
    const settle = (rows: ActionRegisterRow[]) => {
      if (isCurrent) setDone({ key: `${year}|${today}`, rows });
    };
    // Only a head start: the whole year's read reports its own errors.
    readFirstRegisterRows(db, year, today).then(settle, () => settle([]));
    return () => {
      isCurrent = false;
    };
  }, [db, year, today, isSettled]);
  return { rows: isWanted && isDone ? done.rows : undefined, isSettled };
};
