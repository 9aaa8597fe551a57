import type { ColumnDef, RowData, RowSelectionState } from '@tanstack/react-table';
import {
  columnVisibilityFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { reusingCoreRowModel } from './reusingCoreRowModel';

/**
 * The table features the register uses: which columns show, sort state (the sorting itself is
 * done in shared/worklists with Finnish collation, so the table runs in manual mode) and row
 * selection with Shift ranges. Stable at module level, as the table requires.
 */
export const registerFeatures = tableFeatures({
  columnVisibilityFeature,
  rowSortingFeature,
  rowSelectionFeature,
  coreRowModel: reusingCoreRowModel(),
});
export type RegisterFeatures = typeof registerFeatures;

// Cells of different columns hold different value types; the table erases them the same way.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RegisterColumnDef<R extends RowData> = ColumnDef<RegisterFeatures, R, any>;

export type { RowSelectionState };

/** The id of the check box column the table adds in front of the data columns. */
export const SELECT_COLUMN = 'select';

/** What a register row must have to be listed and selected for a bulk update. */
export type RegisterRowBase = { id: string; rev: number };
