import { useTranslation } from 'react-i18next';
import type { AuditCommitteeReport } from '../../../shared/reports/report-model';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { RiskMapTable } from '../risks/RiskMapTable';
import type { ReportMeta } from './ReportCover';
import { ReportCover } from './ReportCover';
import { ReportRisksTable } from './ReportRisksTable';
import { ReportRowsTable } from './ReportRowsTable';
import { SummaryTable } from './SummaryTable';
import { REPORT_SECTIONS } from './reportKeys';

type Props = {
  report: AuditCommitteeReport;
  matrix: RiskMatrix;
  meta: ReportMeta;
  statement: string;
  title: string;
};

/** The audit committee pack: cover, contents, figures, risk map, every unit's table and the §115 statement. */
export const AuditReportView = ({ report, matrix, meta, statement, title }: Props) => {
  const { t } = useTranslation();
  const lines = report.summary.some((line) => line.depth > 0)
    ? report.summary.filter((line) => line.depth > 0)
    : report.summary;
  const placed = report.riskMap.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0);
  return (
    <article className="report">
      <ReportCover
        title={title}
        organisation={report.organisationName}
        year={report.year}
        scope={report.scope.name}
        meta={meta}
      />
      <nav className="report-contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">{t('reports.contents')}</h2>
        <ol>
          {REPORT_SECTIONS.map((key) => (
            <li key={key}>
              <a href={`#report-${key}`} onClick={(event) => event.preventDefault()}>
                {t(`reports.sections.${key}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <section id="report-summary" className="report-section report-section--new-page">
        <h2>{t('reports.sections.summary')}</h2>
        <SummaryTable lines={lines} totals={report.totals} />
      </section>
      <section id="report-riskMap" className="report-section">
        <h2>{t('reports.sections.riskMap')}</h2>
        <p>{t('reports.mapNote', { count: report.riskCount - placed })}</p>
        <RiskMapTable
          cells={report.riskMap}
          matrix={matrix}
          caption={t('risks.map.caption', {
            scope: report.scope.name,
            kind: t('risks.kinds.residual'),
          })}
          selected={null}
        />
        <table className="report-table report-table--figures report-table--narrow">
          <caption>{t('reports.levelsSummary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.columns.level')}</th>
              <th scope="col">{t('reports.columns.count')}</th>
            </tr>
          </thead>
          <tbody>
            {report.risksByLevel.map(({ band, count }) => (
              <tr key={band.id}>
                <th scope="row">{band.name}</th>
                <td>{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section id="report-aboveTolerance" className="report-section">
        <h2>{t('reports.sections.aboveTolerance')}</h2>
        {report.risksAboveTolerance.length === 0 ? (
          <p>{t('reports.noneAbove')}</p>
        ) : (
          <ReportRisksTable
            risks={report.risksAboveTolerance}
            caption={t('reports.sections.aboveTolerance')}
            showUnit
          />
        )}
      </section>
      <section id="report-units" className="report-section report-section--new-page">
        <h2>{t('reports.sections.units')}</h2>
        {report.sections.map((section) => (
          <section key={section.unit.id} className="report-unit">
            <h3>{section.path.join(' › ')}</h3>
            {section.rows.length > 0 ? (
              <ReportRowsTable
                rows={section.rows}
                caption={t('actions.heading', { year: report.year })}
              />
            ) : (
              <p>{t('reports.noRows', { year: report.year })}</p>
            )}
            {section.risks.length > 0 && (
              <ReportRisksTable risks={section.risks} caption={t('reports.risksHeading')} />
            )}
          </section>
        ))}
      </section>
      <section id="report-withoutOutcome" className="report-section">
        <h2>{t('reports.sections.withoutOutcome')}</h2>
        {report.withoutOutcome.length === 0 ? (
          <p>{t('reports.allHaveOutcome')}</p>
        ) : (
          <table className="report-table">
            <caption>{t('reports.sections.withoutOutcome')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.unit')}</th>
                <th scope="col">{t('actions.objective')}</th>
                <th scope="col">{t('actions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.withoutOutcome.map(({ unitName, row }) => (
                <tr key={row.id}>
                  <td>{unitName}</td>
                  <th scope="row">{row.objective}</th>
                  <td>{t(`actions.statuses.${row.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section id="report-statement" className="report-section">
        <h2>{t('reports.sections.statement')}</h2>
        <p className="report-statement">{statement}</p>
      </section>
    </article>
  );
};
