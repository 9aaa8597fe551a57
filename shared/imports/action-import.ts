import { indexState } from './action-import-index';
import { matchWithoutId } from './action-import-match';
import type { ActionImportPlan, ImportState, PlanOptions } from './action-import-plan';
import { assemblePlan } from './action-import-plan';
import { emptyRowsRead, parseRows } from './action-import-rows';
import type { ImportError, ImportTable } from './import-header';
import { mapHeader } from './import-header';

/**
 * The import of rows from the file the export writes (CSV, or the XLSX's sheets of rows: one
 * per table kind, or the one "Toimenpiteet" of files from before the kinds): the whole file is checked against the register before anything is written,
 * and the result is either every error, each with the row and column the user sees in Excel,
 * or a plan of what would be created, changed and left as it is. The steps: the header
 * (./import-header), the register indexed (./action-import-index), every row checked
 * (./action-import-rows), rows without an Id matched (./action-import-match), the plan
 * (./action-import-plan).
 */
export type {
  ActionImportPlan,
  EditableField,
  ImportState,
  PlanOptions,
  PlannedCreate,
  PlannedUnchanged,
  PlannedUpdate,
  ValidActionImportPlan,
} from './action-import-plan';
export { EDITABLE_FIELDS, FIELD_COLUMN } from './action-import-plan';

/**
 * Checks every row and plans the import:
 * - a row with an Id updates that row (only the row form's fields; its unit and year stay);
 *   one whose fields already match is unchanged, and an Id that is not found is an error;
 * - a row without an Id is matched to an existing live row of the same unit, year, objective,
 *   actions and indicator (not claimed by another row of the file): unchanged when the rest
 *   matches too, otherwise an update of it; with no match it is created. So importing the same
 *   file twice never duplicates a row.
 * Rows of a closed year may be unchanged, never created or changed. Only a plan without any
 * error is Verified, and the import (renderer importActions) takes only a Verified plan.
 */
export const planActionImport = (
  file: ImportTable | readonly ImportTable[],
  state: ImportState,
  options: PlanOptions,
): ActionImportPlan => {
  const tables: readonly ImportTable[] = Array.isArray(file) ? file : [file as ImportTable];
  const index = indexState(state, options);
  const language = options.language ?? 'fi';
  const problems: ImportError[] = [];
  const read = emptyRowsRead();
  for (const table of tables) {
    const onSheet = (error: ImportError) =>
      table.sheet === undefined ? error : { ...error, sheet: table.sheet };
    const header = mapHeader(table, index.kindHeadings);
    if (header.isWholeFile && tables.length === 1) return { ok: false, errors: header.errors };
    const own = (table.problems ?? []).map(onSheet);
    problems.push(...own);
    if (header.errors.length > 0) {
      problems.push(...header.errors.map(onSheet));
      continue;
    }
    const skipRows = new Set(own.map((problem) => problem.row));
    parseRows({ table, header, index, language }, skipRows, read);
  }
  const matched = matchWithoutId(read.withoutId, index, read.claimedBy);
  return assemblePlan(
    problems,
    {
      errors: [...read.errors, ...matched.errors],
      creates: matched.creates,
      updates: [...read.updates, ...matched.updates],
      unchanged: [...read.unchanged, ...matched.unchanged],
    },
    tables.map((table) => table.sheet),
  );
};
