import { useTranslation } from 'react-i18next';
import type { SummaryLine } from '../../../shared/reports/report-model';
import type { StatusCounts } from '../../../shared/reports/report-rows';
import { SUMMARY_COLUMNS } from './reportKeys';

const figures = (counts: StatusCounts) => [
  counts.planned,
  counts.done,
  counts.partly_done,
  counts.not_done,
  counts.postponed,
  counts.overdue,
];

/** Planned, done, partly, not done, postponed and overdue rows per division and area, with the total. */
type Props = { lines: SummaryLine[]; totals: StatusCounts; labelledBy: string };

export const SummaryTable = ({ lines, totals, labelledBy }: Props) => {
  const { t } = useTranslation();
  const headers = SUMMARY_COLUMNS.slice(1);
  return (
    <table className="report-table report-table--figures" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.unit')}</th>
          {headers.map((key) => (
            <th scope="col" key={key}>
              {t(`reports.columns.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.unit.id}>
            <th scope="row" className={`indent-${Math.min(line.depth, 3)}`}>
              {line.unit.name}
            </th>
            {figures(line.counts).map((value, index) => (
              <td key={headers[index]}>{value}</td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('reports.total')}</th>
          {figures(totals).map((value, index) => (
            <td key={headers[index]}>{value}</td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
};
