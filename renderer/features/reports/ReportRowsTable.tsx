import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { ReportRow } from '../../../shared/reports/report-rows';
import type { ReportColumn } from './ReportTable';
import { ReportTable } from './ReportTable';

const SYMBOLS = { green: '●', yellow: '◐', red: '▲', grey: '○' } as const;

type Props = { rows: ReportRow[]; caption?: string; labelledBy?: string };

/** The budget's three columns extended with owner, deadline, status (symbol and word) and the latest entry. */
export const ReportRowsTable = ({ rows, caption, labelledBy }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const status = (row: ReportRow) =>
    `${t(`actions.statuses.${row.status}`)}${row.isOverdue ? ` · ${t('actions.overdue')}` : ''}`;
  const latestLabel = (row: ReportRow) =>
    row.latest
      ? `${row.latest.isOutcome ? t('reports.outcome') : t('reports.note')}${
          row.latest.date ? ` ${formatDate(row.latest.date, language)}` : ''
        }:`
      : '';
  const columns: ReportColumn<ReportRow>[] = [
    {
      key: 'objective',
      kind: 'text',
      header: t('actions.objective'),
      text: (row) => row.objective,
      isRowHeader: true,
    },
    { key: 'actions', kind: 'text', header: t('actions.actions'), text: (row) => row.actions },
    {
      key: 'indicator',
      kind: 'text',
      header: t('actions.indicator'),
      text: (row) => row.indicator,
    },
    { key: 'owner', kind: 'narrow', header: t('actions.owner'), text: (row) => row.owner },
    {
      key: 'deadline',
      kind: 'narrow',
      header: t('actions.deadline'),
      text: (row) => (row.deadline ? formatDate(row.deadline, language) : ''),
      render: (row) => (row.deadline ? formatDate(row.deadline, language) : '–'),
    },
    {
      key: 'status',
      kind: 'narrow',
      header: t('actions.status'),
      text: (row) => `${SYMBOLS[row.light]} ${status(row)}`,
      cellClass: (row) => `light light--${row.light}`,
      render: (row, hyphenate) => (
        <>
          <span aria-hidden="true">{SYMBOLS[row.light]} </span>
          {hyphenate(t(`actions.statuses.${row.status}`))}
          {row.isOverdue && <strong> · {t('actions.overdue')}</strong>}
        </>
      ),
    },
    {
      key: 'latest',
      kind: 'text',
      header: t('reports.columns.latest'),
      text: (row) => (row.latest ? `${latestLabel(row)} ${row.latest.text}` : ''),
      render: (row, hyphenate) =>
        row.latest && (
          <>
            <span className="report-table__meta">{latestLabel(row)}</span>{' '}
            {hyphenate(row.latest.text)}
          </>
        ),
    },
  ];
  return (
    <ReportTable
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      className="report-table--rows"
      caption={caption}
      labelledBy={labelledBy}
    />
  );
};
