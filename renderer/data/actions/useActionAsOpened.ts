import { useState } from 'react';
import type { ControlAction } from '../../../shared/domain/control-action';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';

/**
 * An action as stored when a dialog on it opens: undefined until read, null when it is gone.
 * Read after the opening, so a dialog never starts from the version a table still shows while
 * its own live query re-reads after a save: that version's revision would have the next save
 * refused as "changed meanwhile". Kept as first read, so the revision check still catches a
 * change made elsewhere while the dialog is open.
 */
export const useActionAsOpened = (id: string): ControlAction | null | undefined => {
  const current = useScopedLiveQuery(async (db) => (await db.controlActions.get(id)) ?? null, [id]);
  const [opened, setOpened] = useState<ControlAction | null | undefined>(undefined);
  if (opened === undefined && current !== undefined) {
    const live = current !== null && current.deletedAt === null ? current : null;
    setOpened(live);
    return live;
  }
  return opened;
};
