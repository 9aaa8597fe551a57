import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { readPriorities, readTableKinds } from './goalSettings';

type Placement = { kindId: string; priorityId: string | null };

/**
 * Where a row may sit: a kind the organisation has, not retired (unless the row is already in
 * it), and a priority of the row's own year only for a kind that uses priorities.
 */
export const checkPlacement = async (
  db: ValvoDatabase,
  year: number,
  wanted: Placement,
  currentKindId?: string,
): Promise<Placement> => {
  const kind = (await readTableKinds(db)).find((item) => item.id === wanted.kindId);
  if (!kind) throw new DomainError('goals.kinds.errors.unknown', { kind: wanted.kindId });
  if (kind.retired && kind.id !== currentKindId)
    // The form names the kind in the user's language; the message needs no name of its own.
    throw new DomainError('goals.kinds.errors.retired');
  if (!kind.usesPriorities) return { kindId: kind.id, priorityId: null };
  if (wanted.priorityId === null) return { kindId: kind.id, priorityId: null };
  const priority = (await readPriorities(db)).find(
    (item) => item.id === wanted.priorityId && item.year === year,
  );
  if (!priority) throw new DomainError('goals.priorities.errors.unknown');
  return { kindId: kind.id, priorityId: priority.id };
};
