import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnKind } from '../../../shared/print/column-plan';
import { planColumns } from '../../../shared/print/column-plan';
import type { Hyphenate } from '../../../shared/print/hyphenation';
import { useHyphenate } from './hyphenation';

export type ReportColumn<R> = {
  key: string;
  kind: ColumnKind;
  header: string;
  /** The cell as plain text: what the width plan measures and what tells an empty column. */
  text: (row: R) => string;
  /** The cell's content; by default the text, hyphenated. */
  render?: (row: R, hyphenate: Hyphenate) => ReactNode;
  cellClass?: (row: R) => string | undefined;
  isRowHeader?: boolean;
  keepWhenEmpty?: boolean;
};

type Props<R> = {
  rows: readonly R[];
  columns: readonly ReportColumn<R>[];
  rowKey: (row: R) => string;
  className: string;
  /** A printed caption, when no heading just above already says the same. */
  caption?: string;
  /** The heading that names the table, when there is no caption. */
  labelledBy?: string;
};

/** Up to this many rows a table is kept on one page rather than split over two. */
const SHORT_TABLE_ROWS = 6;

/**
 * A printed report table: columns as wide as their content needs (the text columns share the
 * most), a column with no value left out with a footnote that says so, headings never
 * hyphenated, cell texts with soft hyphens in the report's language.
 */
export const ReportTable = <R,>({
  rows,
  columns,
  rowKey,
  className,
  caption,
  labelledBy,
}: Props<R>) => {
  const { t } = useTranslation();
  const hyphenate = useHyphenate();
  const noteId = useId();
  const headers = columns.map((column) => column.header).join('\n');
  const plan = useMemo(
    () =>
      planColumns(
        columns.map((column) => ({
          key: column.key,
          kind: column.kind,
          header: column.header,
          values: rows.map(column.text),
          keepWhenEmpty: column.keepWhenEmpty ?? column.isRowHeader,
        })),
      ),
    // The columns are rebuilt on every render; their headings and the rows decide the plan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, headers],
  );
  const kept = plan.columns.map(({ key, width }) => ({
    column: columns.find((column) => column.key === key)!,
    width,
  }));
  const omitted = columns.filter((column) => plan.omitted.includes(column.key));
  const short = rows.length <= SHORT_TABLE_ROWS ? ' report-table--short' : '';
  return (
    <>
      <table
        className={`report-table ${className}${short}`}
        aria-labelledby={caption ? undefined : labelledBy}
        aria-describedby={omitted.length > 0 ? noteId : undefined}
      >
        {caption && <caption>{caption}</caption>}
        <colgroup>
          {kept.map(({ column, width }) => (
            <col key={column.key} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {kept.map(({ column }) => (
              <th scope="col" key={column.key}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {kept.map(({ column }) => {
                const content = column.render
                  ? column.render(row, hyphenate)
                  : hyphenate(column.text(row));
                return column.isRowHeader ? (
                  <th scope="row" key={column.key} className={column.cellClass?.(row)}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={column.cellClass?.(row)}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {omitted.length > 0 && (
        <p id={noteId} className="report-footnote">
          {t('reports.omittedColumns', {
            count: omitted.length,
            columns: omitted
              .map((column) => t('reports.columnName', { name: column.header }))
              .join(', '),
          })}
        </p>
      )}
    </>
  );
};
