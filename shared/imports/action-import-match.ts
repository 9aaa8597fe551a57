import type { ActionInput, ControlAction } from '../domain/control-action';
import { INTERNAL_CONTROL_KIND_ID } from '../domain/table-kind';
import { validationMessage } from '../validation';
import type { StateIndex } from './action-import-index';
import type { Candidate, PlanParts } from './action-import-plan';
import { changedFields, formValues } from './action-import-plan';
import { HEADER_OF } from './import-header';

/**
 * The row's identity when it has no Id: the same unit, year, table kind and texts are the same
 * row (a file without kinds holds internal-control rows, as before the kinds).
 */
const rowKey = (
  unitId: string,
  year: number,
  input: Pick<ActionInput, 'objective' | 'actions' | 'indicator' | 'kindId'>,
) =>
  JSON.stringify([
    unitId,
    year,
    input.kindId ?? INTERNAL_CONTROL_KIND_ID,
    input.objective,
    input.actions,
    input.indicator,
  ]);

/** Live rows of the register that no row of the file claims by its Id, by identity. */
const unclaimedRows = (index: StateIndex, claimedBy: ReadonlyMap<string, unknown>) => {
  const candidates = new Map<string, ControlAction[]>();
  for (const action of index.actionsById.values()) {
    if (action.deletedAt !== null || claimedBy.has(action.id)) continue;
    const key = rowKey(action.unitId, action.year, action);
    candidates.set(key, [...(candidates.get(key) ?? []), action]);
  }
  for (const list of candidates.values()) {
    list.sort((a, b) => a.sortOrder - b.sortOrder || a.id.localeCompare(b.id));
  }
  return candidates;
};

/**
 * Rows without an Id: first the exact matches (unchanged), then same-key rows to update, then
 * new rows. A register row is taken by one file row at most, so importing the same file twice
 * never duplicates a row. Rows of a closed year may match exactly, never change or be added.
 */
export const matchWithoutId = (
  withoutId: readonly Candidate[],
  index: StateIndex,
  claimedBy: ReadonlyMap<string, unknown>,
): PlanParts => {
  const parts: PlanParts = { errors: [], creates: [], updates: [], unchanged: [] };
  const candidates = unclaimedRows(index, claimedBy);
  const taken = new Set<string>();
  const take = (candidate: Candidate, isExact: boolean) => {
    const list = candidates.get(rowKey(candidate.unitId, candidate.year, candidate.input)) ?? [];
    const match = list.find(
      (action) =>
        !taken.has(action.id) && (!isExact || changedFields(candidate.input, action).length === 0),
    );
    if (match) taken.add(match.id);
    return match;
  };
  const exact = new Map<Candidate, ControlAction>();
  for (const candidate of withoutId) {
    const match = take(candidate, true);
    if (match) exact.set(candidate, match);
  }
  for (const candidate of withoutId) {
    const { unitId, year, input } = candidate;
    const at =
      candidate.sheet === undefined
        ? { row: candidate.row }
        : { row: candidate.row, sheet: candidate.sheet };
    const exactMatch = exact.get(candidate);
    if (exactMatch) {
      parts.unchanged.push({ ...at, id: exactMatch.id });
    } else if (index.isClosed(year)) {
      parts.errors.push({
        ...at,
        column: HEADER_OF.year,
        message: validationMessage('years.errors.closed', { year }),
      });
    } else {
      const match = take(candidate, false);
      const kind = index.kindsById.get(input.kindId ?? INTERNAL_CONTROL_KIND_ID);
      if (match) {
        parts.updates.push({
          ...at,
          id: match.id,
          rev: match.rev,
          unitId,
          year,
          values: formValues(input),
          changed: changedFields(input, match),
        });
      } else if (kind?.retired) {
        // A retired kind keeps its rows but takes no new ones.
        parts.errors.push({
          ...at,
          column: HEADER_OF.kind,
          message: 'imports.errors.retiredKind',
        });
      } else {
        parts.creates.push({ ...at, unitId, year, values: formValues(input) });
      }
    }
  }
  return parts;
};
