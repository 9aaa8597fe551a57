import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { ReportRow } from '../../../shared/reports/report-model';

const SYMBOLS = { green: '●', yellow: '◐', red: '▲', grey: '○' } as const;

/** The budget's three columns extended with owner, deadline, status (symbol and word) and the latest entry. */
export const ReportRowsTable = ({ rows, caption }: { rows: ReportRow[]; caption: string }) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  return (
    <table className="report-table report-table--rows">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('actions.objective')}</th>
          <th scope="col">{t('actions.actions')}</th>
          <th scope="col">{t('actions.indicator')}</th>
          <th scope="col">{t('actions.owner')}</th>
          <th scope="col">{t('actions.deadline')}</th>
          <th scope="col">{t('actions.status')}</th>
          <th scope="col">{t('reports.columns.latest')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.objective}</th>
            <td>{row.actions}</td>
            <td>{row.indicator}</td>
            <td>{row.owner}</td>
            <td>{row.deadline ? formatDate(row.deadline, language) : '–'}</td>
            <td className={`light light--${row.light}`}>
              <span aria-hidden="true">{SYMBOLS[row.light]} </span>
              {t(`actions.statuses.${row.status}`)}
              {row.isOverdue && <strong> · {t('actions.overdue')}</strong>}
            </td>
            <td>
              {row.latest && (
                <>
                  <span className="report-table__meta">
                    {row.latest.isOutcome ? t('reports.outcome') : t('reports.note')}
                    {row.latest.date && ` ${formatDate(row.latest.date, language)}`}:
                  </span>{' '}
                  {row.latest.text}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
