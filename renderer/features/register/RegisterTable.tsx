import type { KeyboardEvent } from 'react';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnChangeFn, SortingState } from '@tanstack/react-table';
import { createColumnHelper, functionalUpdate, useTable } from '@tanstack/react-table';
import type { SortState } from '../../../shared/worklists/register-sort';
import type {
  RegisterColumnDef,
  RegisterFeatures,
  RegisterRowBase,
  RowSelectionState,
} from './registerTable';
import { SELECT_COLUMN, registerFeatures } from './registerTable';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import '../../components/virtualTable.css';

type Props<R extends RegisterRowBase, C extends string> = {
  /** The rows that pass the filters, in display order. */
  rows: readonly R[];
  columns: RegisterColumnDef<R>[];
  visibleColumns: readonly C[];
  /** Widths in rem, so long texts wrap instead of stretching the table. */
  widths: Record<C, number>;
  /** The column whose cell names the row (a `<th scope="row">`). */
  rowHeader: C;
  sort: SortState<C> | null;
  onSortChange: (sort: SortState<C> | null) => void;
  caption: string;
  rowName: (row: R) => string;
  /** Given, the table has a check box column (for bulk updates); left out, it has none. */
  selection?: RowSelectionState;
  onSelectionChange?: OnChangeFn<RowSelectionState>;
  /** False while only the first rows are read: the header box would choose only those. */
  canSelectAll?: boolean;
};

const NO_SELECTION: RowSelectionState = {};
const SORT_ARROWS = { asc: '▲', desc: '▼' } as const;
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A register as a plain HTML table: sortable column headers (buttons, with aria-sort), a check
 * box per row and one for every matching row, and virtual rows, so 50,000 rows cost what a
 * screenful does. aria-rowcount and aria-rowindex tell a screen reader the full size and where
 * each rendered row stands in it.
 */
export const RegisterTable = <R extends RegisterRowBase, C extends string>({
  rows,
  columns,
  visibleColumns,
  widths,
  rowHeader,
  sort,
  onSortChange,
  caption,
  rowName,
  selection,
  onSelectionChange,
  canSelectAll = true,
}: Props<R, C>) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const isSelectable = selection !== undefined;
  const tableColumns = useMemo(
    () =>
      isSelectable
        ? [createColumnHelper<RegisterFeatures, R>().display({ id: SELECT_COLUMN }), ...columns]
        : columns,
    [columns, isSelectable],
  );
  const sortColumn = sort?.column;
  const sortDirection = sort?.direction;
  const sorting = useMemo<SortingState>(
    () => (sortColumn ? [{ id: sortColumn, desc: sortDirection === 'desc' }] : []),
    [sortColumn, sortDirection],
  );
  const columnVisibility = useMemo(
    () =>
      Object.fromEntries(
        columns.map((column) => [column.id, visibleColumns.includes(column.id as C)]),
      ),
    [columns, visibleColumns],
  );
  const table = useTable({
    features: registerFeatures,
    columns: tableColumns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: false,
    state: { sorting, columnVisibility, rowSelection: selection ?? NO_SELECTION },
    onSortingChange: (updater) => {
      const [next] = functionalUpdate(updater, sorting);
      onSortChange(next ? { column: next.id as C, direction: next.desc ? 'desc' : 'asc' } : null);
    },
    onRowSelectionChange: onSelectionChange,
  });
  const tableRows = table.getRowModel().rows;
  const virtual = useVirtualRows({
    count: tableRows.length,
    scrollRef,
    // Heights stay with positions, not rows: a sort then lays nothing out again, and the rows
    // it brings into view are measured as they are drawn.
    estimateSize: 72,
  });
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const isAllSelected = table.getIsAllRowsSelected();
  const isSomeSelected = table.getIsSomeRowsSelected();
  const minWidth = headers.reduce((sum, header) => sum + (widths[header.id as C] ?? 3), 0);

  /** Arrow keys move between the rows' check boxes, scrolling virtual rows into the DOM. */
  const handleCheckboxKey = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const target = index + step;
    if (step === 0 || target < 0 || target >= tableRows.length) return;
    event.preventDefault();
    virtual.scrollToIndex(target);
    let attempts = 0;
    const focusTarget = () => {
      const box = scrollRef.current?.querySelector<HTMLInputElement>(`input[data-row="${target}"]`);
      if (box) box.focus();
      else if (attempts++ < 10) requestAnimationFrame(focusTarget);
    };
    requestAnimationFrame(focusTarget);
  };

  return (
    <div ref={scrollRef} className="register-scroll">
      <table
        className="register-table register-grid"
        aria-rowcount={tableRows.length + 1}
        style={{ minWidth: `${minWidth}rem` }}
      >
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          {headers.map((header) => (
            <col key={header.id} style={{ width: `${widths[header.id as C] ?? 3}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((header) => {
              if (header.id === SELECT_COLUMN) {
                return (
                  <th key={header.id} scope="col" className="register-grid__select">
                    <input
                      type="checkbox"
                      aria-label={t('register.selection.allMatching', { count: tableRows.length })}
                      checked={isAllSelected}
                      disabled={!canSelectAll || tableRows.length === 0}
                      ref={(box) => {
                        if (box) box.indeterminate = isSomeSelected && !isAllSelected;
                      }}
                      onChange={table.getToggleAllRowsSelectedHandler()}
                    />
                  </th>
                );
              }
              const sorted = header.column.getIsSorted();
              return (
                <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
                  <button
                    type="button"
                    className="register-grid__sort"
                    onClick={header.column.getToggleSortingHandler()}
                  >
                    <table.FlexRender header={header} />
                    <span aria-hidden="true" className="register-grid__arrow">
                      {sorted ? SORT_ARROWS[sorted] : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {virtual.paddingTop > 0 && (
            <tr aria-hidden="true" className="register-grid__spacer">
              <td colSpan={headers.length} style={{ height: virtual.paddingTop }} />
            </tr>
          )}
          {virtual.indexes.map((index) => {
            const row = tableRows[index];
            if (!row) return null;
            const isSelected = row.getIsSelected();
            return (
              <tr
                key={row.id}
                data-index={index}
                ref={virtual.measureRow}
                aria-rowindex={index + 2}
                className={isSelected ? 'is-selected' : undefined}
              >
                {row.getVisibleCells().map((cell) => {
                  if (cell.column.id === SELECT_COLUMN) {
                    return (
                      <td key={cell.id} className="register-grid__select">
                        <input
                          type="checkbox"
                          data-row={index}
                          aria-label={t('register.selection.row', { name: rowName(row.original) })}
                          checked={isSelected}
                          onChange={row.getToggleSelectedHandler()}
                          onKeyDown={(event) => handleCheckboxKey(event, index)}
                        />
                      </td>
                    );
                  }
                  return cell.column.id === rowHeader ? (
                    <th key={cell.id} scope="row">
                      <table.FlexRender cell={cell} />
                    </th>
                  ) : (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {virtual.paddingBottom > 0 && (
            <tr aria-hidden="true" className="register-grid__spacer">
              <td colSpan={headers.length} style={{ height: virtual.paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
