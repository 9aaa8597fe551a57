import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortState } from '../../../shared/worklists/register-sort';
import { ColumnChooser } from './ColumnChooser';
import type { RegisterColumnDef, RegisterRowBase, RowSelectionState } from './registerTable';
import { RegisterTable } from './RegisterTable';
import { SelectionBar } from './SelectionBar';

type Props<R extends RegisterRowBase, C extends string> = {
  /** Rows in the register before any filter (0: the empty state of the register itself). */
  total: number;
  /** Rows that pass the filters, sorted. */
  rows: readonly R[];
  /** Only the first rows, the rest still being read: nothing can yet be chosen "all". */
  isPartial?: boolean;
  isFiltered: boolean;
  onClearFilters: () => void;
  empty: { text: string; hint: string };
  columns: RegisterColumnDef<R>[];
  allColumns: readonly C[];
  visibleColumns: readonly C[];
  onColumnsChange: (columns: C[]) => void;
  columnLabel: (column: C) => string;
  widths: Record<C, number>;
  sort: SortState<C> | null;
  onSortChange: (sort: SortState<C> | null) => void;
  caption: string;
  rowName: (row: R) => string;
  /** Rows can be chosen for a bulk update; `canEdit` also offers the update itself. */
  selection: { canEdit: boolean } | null;
};

/**
 * What the filters found: the count ("N riviä (suodatettu M:stä)"), the column chooser, the
 * selection and the table, or an empty state that says why there is nothing to show.
 */
export const RegisterResults = <R extends RegisterRowBase, C extends string>(
  props: Props<R, C>,
) => {
  const { t } = useTranslation();
  const { total, rows, isFiltered, onClearFilters, empty, selection, isPartial = false } = props;
  const [chosen, setChosen] = useState<RowSelectionState>({});
  // Only rows the filters still show count as selected: a bulk update never reaches hidden ones.
  const selected = useMemo(
    () => (Object.keys(chosen).length === 0 ? [] : rows.filter((row) => chosen[row.id])),
    [rows, chosen],
  );
  if (total === 0) {
    return (
      <div className="empty-state">
        <p>{empty.text}</p>
        <p>{empty.hint}</p>
      </div>
    );
  }
  const count = isPartial
    ? t('register.countFirst', { count: rows.length })
    : isFiltered
      ? t('register.countFiltered', { count: rows.length, total })
      : t('register.countAll', { count: rows.length });
  return (
    <>
      <div className="register-toolbar">
        <p className="register-toolbar__count" role="status" aria-busy={isPartial || undefined}>
          {count}
        </p>
        <ColumnChooser
          columns={props.allColumns}
          visible={props.visibleColumns}
          label={props.columnLabel}
          onChange={props.onColumnsChange}
        />
      </div>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('register.noMatches')}</p>
          <p>{t('register.noMatchesHint')}</p>
          <button type="button" className="button" onClick={onClearFilters}>
            {t('register.clearFilters')}
          </button>
        </div>
      ) : (
        <>
          {selection && (
            <>
              <p className="field__help">{t('register.selection.keyboardHelp')}</p>
              <SelectionBar
                selected={selected}
                matching={rows.length}
                canSelectAll={!isPartial}
                canEdit={selection.canEdit}
                onSelectAll={() =>
                  setChosen((old) => {
                    const next = { ...old };
                    for (const row of rows) next[row.id] = true;
                    return next;
                  })
                }
                onClear={() => setChosen({})}
              />
            </>
          )}
          <RegisterTable
            rows={rows}
            columns={props.columns}
            visibleColumns={props.visibleColumns}
            widths={props.widths}
            rowHeader={props.allColumns[0]!}
            sort={props.sort}
            onSortChange={props.onSortChange}
            caption={props.caption}
            rowName={props.rowName}
            canSelectAll={!isPartial}
            {...(selection ? { selection: chosen, onSelectionChange: setChosen } : {})}
          />
        </>
      )}
    </>
  );
};
