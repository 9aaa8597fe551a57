import type { RecordMeta } from '../../../shared/domain/record';
import type { Role } from '../../../shared/domain/settings';

/** Who writes and when; the app passes the profile name and the clock, tests pass fixed ones. */
export type WriteContext = {
  actor: () => string;
  /** The profile's role; the write door (data/door/rules.ts) checks it against each write's rule. */
  role: () => Role | null;
  now: () => Date;
  newId: () => string;
};

export const browserWriteContext = (
  actor: () => string,
  role: () => Role | null,
): WriteContext => ({
  actor,
  role,
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
});

/** The common fields of a record being created now. */
export const freshMeta = (context: WriteContext): RecordMeta => {
  const at = context.now().toISOString();
  return {
    id: context.newId(),
    createdAt: at,
    updatedAt: at,
    updatedBy: context.actor(),
    rev: 1,
    deletedAt: null,
  };
};

/** The next version of a record: the changes applied, rev + 1, stamped with who and when. */
export const revise = <T extends RecordMeta>(
  record: T,
  changes: Partial<T>,
  context: WriteContext,
): T => ({
  ...record,
  ...changes,
  id: record.id,
  createdAt: record.createdAt,
  rev: record.rev + 1,
  updatedAt: context.now().toISOString(),
  updatedBy: context.actor(),
});
