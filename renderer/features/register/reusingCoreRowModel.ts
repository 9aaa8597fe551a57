import type { Row, RowData, RowModel, Table, TableFeatures } from '@tanstack/react-table';
import { constructRow, makeObjectMap } from '@tanstack/react-table';

/**
 * A core row model that builds each table row once per record and reuses it. The register
 * hands the table the rows that pass its filters, already sorted (shared/worklists does that,
 * with cached collation), so `data` changes on every keystroke; the stock model would build
 * 50,000 row objects each time (50–100 ms), this one only looks them up. A new load brings new
 * record objects, which get new rows; the old ones go with the records they were made for.
 */
export const reusingCoreRowModel =
  <TFeatures extends TableFeatures, TData extends RowData & object>() =>
  (table: Table<TFeatures, TData>) => {
    const built = new WeakMap<TData, Row<TFeatures, TData>>();
    // Every row built so far, by id. It may hold rows the filters hide now: the table looks rows
    // up here by id (selection), and filling a fresh 50,000-key map per keystroke is costly.
    const rowsById = makeObjectMap<Row<TFeatures, TData>>();
    let lastData: readonly TData[] | null = null;
    let lastModel: RowModel<TFeatures, TData> | null = null;
    return (): RowModel<TFeatures, TData> => {
      const data = table.options.data;
      if (data === lastData && lastModel) return lastModel;
      const rows = new Array<Row<TFeatures, TData>>(data.length);
      for (let index = 0; index < data.length; index += 1) {
        const original = data[index]!;
        let row = built.get(original);
        if (!row) {
          row = constructRow(table, table.getRowId(original, index), original, index, 0);
          built.set(original, row);
          rowsById[row.id] = row;
        }
        rows[index] = row;
      }
      lastData = data;
      lastModel = { rows, flatRows: rows, rowsById };
      return lastModel;
    };
  };
