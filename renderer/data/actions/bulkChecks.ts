import type { ActionStatus, ControlAction } from '../../../shared/domain/control-action';
import { actionInputSchema, statusChangeSchema } from '../../../shared/domain/control-action';
import { formatDateForInput, parseUserDate } from '../../../shared/dates';
import { appendAll } from '../../../shared/arrays';
import { parseValidationMessage } from '../../../shared/validation';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { findOpenedPackage } from '../door/packageScope';

/** What a bulk update may set on every selected row; an absent field is left as it is. */
export type BulkChange = {
  owner?: string;
  /** As typed (d.M.yyyy) or ISO; null or '' clears the deadline. */
  deadline?: string | null;
  status?: ActionStatus;
  /** A dated progress note added to every changed row. */
  note?: string;
};

/** The parsed change for the rows of one plan year. */
export type ParsedChange = {
  owner?: string;
  deadline?: string | null;
  status?: ActionStatus;
  note: string;
};

const NAMED_ROWS = 3;
const NAME_LENGTH = 60;

const shorten = (text: string) =>
  text.length > NAME_LENGTH ? `${text.slice(0, NAME_LENGTH - 1).trimEnd()}…` : text;

/** The first few rows by objective, for a message that names what was refused. */
export const nameActions = (rows: readonly Pick<ControlAction, 'objective'>[]): string => {
  const named = rows.slice(0, NAMED_ROWS).map((row) => `”${shorten(row.objective)}”`);
  return rows.length > NAMED_ROWS ? `${named.join(', ')} …` : named.join(', ');
};

const refuse = (key: string, rows: readonly ControlAction[], params = {}) =>
  new DomainError(key, { count: rows.length, rows: nameActions(rows), ...params });

/**
 * Refuses the whole write when any row lies in a closed year or, while a unit package is open,
 * outside the package's unit and year, naming the rows (the door would refuse them too, by
 * the first year). Runs inside the bulk write's door transaction.
 */
export const assertActionsWritable = async (db: ValvoDatabase, rows: readonly ControlAction[]) => {
  const years = [...new Set(rows.map((row) => row.year))];
  const planYears = await db.planYears.where('year').anyOf(years).toArray();
  const closed = new Set(
    planYears
      .filter((year) => year.deletedAt === null && year.status === 'closed')
      .map((year) => year.year),
  );
  const inClosed = rows.filter((row) => closed.has(row.year));
  if (inClosed.length > 0) {
    const years = [...new Set(inClosed.map((row) => row.year))].sort().join(', ');
    throw refuse('worklists.bulk.errors.closedYear', inClosed, { years });
  }
  const opened = await findOpenedPackage(db);
  if (!opened) return;
  const outside = rows.filter((row) => row.unitId !== opened.unitId || row.year !== opened.year);
  if (outside.length > 0) {
    const unit = await db.units.get(opened.unitId);
    // The same refusal as every other write in package mode.
    throw new DomainError('packages.errors.outsidePackage', {
      unit: unit?.name ?? '',
      year: opened.year,
    });
  }
};

/**
 * The rows as the caller saw them, or a refusal naming those deleted (or never there) and
 * those changed since: a bulk change applies to all or to none.
 */
export const requireSeenActions = (
  refs: readonly { id: string; rev: number }[],
  found: readonly (ControlAction | undefined)[],
  refusal: { deleted: string; changed: string },
): ControlAction[] => {
  const deleted: ControlAction[] = [];
  let missing = 0;
  const changed: ControlAction[] = [];
  const rows: ControlAction[] = [];
  refs.forEach((ref, index) => {
    const row = found[index];
    if (!row) missing += 1;
    else if (row.deletedAt !== null) deleted.push(row);
    else if (row.rev !== ref.rev) changed.push(row);
    else rows.push(row);
  });
  if (deleted.length > 0)
    throw new DomainError(refusal.deleted, {
      count: deleted.length + missing,
      rows: nameActions(deleted),
    });
  // Purged rows have no objective left to name.
  if (missing > 0) throw new DomainError('worklists.bulk.errors.missing', { count: missing });
  if (changed.length > 0) throw refuse(refusal.changed, changed);
  return rows;
};

// The plan columns are not changed here; the schema wants an objective, so it gets a stand-in
// and only owner, deadline and status are taken from what it returns.
const STAND_IN = { objective: '-', actions: '', indicator: '' };

/**
 * Parses the change with the row form's own schema for each plan year the rows belong to. A
 * deadline outside a row's year refuses the whole change and names those rows; any other bad
 * input is refused as the form would refuse it.
 */
export const parseChangeByYear = (
  change: BulkChange,
  rows: readonly ControlAction[],
): Map<number, ParsedChange> => {
  const note = statusChangeSchema.shape.note.safeParse(change.note ?? '');
  if (!note.success) throw new DomainError(note.error.issues[0]?.message ?? 'errors.invalidInput');
  const hasChange =
    change.owner !== undefined || change.deadline !== undefined || change.status !== undefined;
  if (!hasChange) throw new DomainError('worklists.bulk.errors.nothingToChange');
  const deadlineText = change.deadline ?? '';
  const byYear = new Map<number, ParsedChange>();
  const outside: ControlAction[] = [];
  for (const year of new Set(rows.map((row) => row.year))) {
    const result = actionInputSchema(year).safeParse({
      ...STAND_IN,
      owner: change.owner ?? '',
      deadline: deadlineText,
      status: change.status ?? 'not_started',
    });
    if (!result.success) {
      const issue = result.error.issues[0];
      const message = issue?.message ?? 'errors.invalidInput';
      if (parseValidationMessage(message).key === 'validation.deadlineOutsideYear') {
        appendAll(outside, rows.filter((row) => row.year === year));
        continue;
      }
      throw new DomainError(message, { field: issue?.path.join('.') ?? '' });
    }
    byYear.set(year, {
      ...(change.owner !== undefined ? { owner: result.data.owner } : {}),
      ...(change.deadline !== undefined ? { deadline: result.data.deadline } : {}),
      ...(change.status !== undefined ? { status: result.data.status } : {}),
      note: note.data,
    });
  }
  if (outside.length > 0) {
    const iso = parseUserDate(deadlineText);
    throw refuse('worklists.bulk.errors.deadlineOutsideYear', outside, {
      date: iso ? formatDateForInput(iso) : deadlineText,
    });
  }
  return byYear;
};
