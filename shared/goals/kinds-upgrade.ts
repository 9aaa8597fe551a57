import type { ControlAction } from '../domain/control-action';
import type { Indicator } from '../domain/indicator';
import { INTERNAL_CONTROL_KIND_ID } from '../domain/table-kind';
import { nameUuid } from '../name-uuid';

/** A row as schema version 3 stored it: before kinds, priorities and indicator records. */
export type VersionThreeAction = Omit<ControlAction, 'kindId' | 'priorityId' | 'judgementOverride'>;

/**
 * Schema version 4 (table kinds and indicators), one row at a time: the row becomes the internal
 * control kind, and its Toteutuma text, if any, its one text indicator, which keeps the row's
 * dates, author and deletion. Pure, so the database upgrade and a restored backup agree.
 */
export const upgradeActionToKinds = (
  action: VersionThreeAction,
): { action: ControlAction; indicator: Indicator | null } => {
  const upgraded: ControlAction = {
    ...action,
    kindId: INTERNAL_CONTROL_KIND_ID,
    priorityId: null,
    judgementOverride: null,
  };
  const text = action.indicator.trim();
  if (text === '') return { action: upgraded, indicator: null };
  return {
    action: upgraded,
    indicator: {
      id: nameUuid('valvo.indicator.v4', action.id),
      createdAt: action.createdAt,
      updatedAt: action.updatedAt,
      updatedBy: action.updatedBy,
      rev: 1,
      deletedAt: action.deletedAt,
      actionId: action.id,
      unitId: action.unitId,
      year: action.year,
      text,
      type: 'text',
      unit: '',
      upTo100: false,
      baseline: null,
      target: null,
      higherIsBetter: null,
      values: [],
      judgement: null,
      sortOrder: 0,
    },
  };
};
