import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditCommitteeReport, UnitSection } from '../../../shared/reports/report-model';
import type { UnitGoalOutcomes } from '../../../shared/reports/goal-outcomes';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { RiskMapTable } from '../risks';
import { AuditUnitsSection } from './AuditUnitsSection';
import { GoalFiguresSection } from './GoalFiguresSection';
import type { ReportMeta } from './ReportCover';
import { ReportCover } from './ReportCover';
import { ReportContents } from './ReportContents';
import { ReportRisksTable } from './ReportRisksTable';
import { ReportTable } from './ReportTable';
import { SummaryTable } from './SummaryTable';
import { UnitGoalOutcomesView } from './UnitGoalOutcomesView';
import { REPORT_SECTIONS } from './reportKeys';
import { takeWithin } from './useStagedBudget';

const sectionWeight = (section: UnitSection) => 1 + section.rows.length + section.risks.length;
const outcomesWeight = (outcomes: UnitGoalOutcomes) =>
  outcomes.groups.reduce(
    (sum, group) =>
      sum + group.goals.reduce((goals, goal) => goals + 1 + goal.indicators.length, 1),
    1,
  );

/** The pack's long parts as units of work (rows, risks, goals, indicators) for a staged render. */
export const packWeight = (report: AuditCommitteeReport) =>
  report.sections.reduce((sum, section) => sum + sectionWeight(section), 0) +
  report.goalOutcomes.reduce((sum, outcomes) => sum + outcomesWeight(outcomes), 0) +
  report.withoutOutcome.length;

type Props = {
  report: AuditCommitteeReport;
  matrix: RiskMatrix;
  meta: ReportMeta;
  statement: string;
  title: string;
  /** The contents list's page numbers, once the shell has read them from a first print. */
  contentsPages: readonly number[] | null;
  /**
   * How much of the long parts (units, goal outcomes, rows without outcome) to show yet, in
   * packWeight's units and document order; all of them when not given.
   */
  budget?: number;
};

export const sectionId = (key: (typeof REPORT_SECTIONS)[number]) => `report-${key}`;

/** The pack's parts, without the goals parts where the scope follows internal control only. */
export const reportSections = (report: AuditCommitteeReport) =>
  REPORT_SECTIONS.filter(
    (key) =>
      (key !== 'goals' || report.goals !== null) &&
      (key !== 'goalOutcomes' || report.goalOutcomes.length > 0),
  );
const headingId = (key: (typeof REPORT_SECTIONS)[number]) => `report-${key}-heading`;

type WithoutOutcome = AuditCommitteeReport['withoutOutcome'][number];

type HeadProps = Pick<Props, 'report' | 'matrix' | 'meta' | 'title' | 'contentsPages'>;

/**
 * The pack's first parts (cover, figures, risk map, risks above tolerance): memoised, so the
 * staged render of the long parts after them does not render these again at every step.
 */
const AuditPackHead = memo(({ report, matrix, meta, title, contentsPages }: HeadProps) => {
  const { t } = useTranslation();
  const lines = report.summary.some((line) => line.depth > 0)
    ? report.summary.filter((line) => line.depth > 0)
    : report.summary;
  const placed = report.riskMap.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0);
  const heading = (key: (typeof REPORT_SECTIONS)[number]) => (
    <h2 id={headingId(key)}>{t(`reports.sections.${key}`)}</h2>
  );
  return (
    <>
      <ReportCover
        title={title}
        organisation={report.organisationName}
        year={report.year}
        scope={report.scope.name}
        meta={meta}
      >
        <ReportContents
          sections={reportSections(report).map((key) => ({
            id: sectionId(key),
            title: t(`reports.sections.${key}`),
          }))}
          pages={contentsPages}
        />
      </ReportCover>
      <section id={sectionId('summary')} className="report-section">
        {heading('summary')}
        <SummaryTable lines={lines} totals={report.totals} labelledBy={headingId('summary')} />
      </section>
      {report.goals && (
        <section id={sectionId('goals')} className="report-section">
          {heading('goals')}
          <GoalFiguresSection goals={report.goals} labelledBy={headingId('goals')} />
        </section>
      )}
      <section id={sectionId('riskMap')} className="report-section">
        {/* Heading, note and map stay on one page. */}
        <div className="report-keep">
          {heading('riskMap')}
          <p className="report-lead">
            {t('reports.mapNote', { count: report.riskCount - placed })}
          </p>
          <RiskMapTable
            cells={report.riskMap}
            matrix={matrix}
            caption={t('risks.map.caption', {
              scope: report.scope.name,
              kind: t('risks.kinds.residual'),
            })}
            selected={null}
          />
        </div>
        <table className="report-table report-table--figures report-table--narrow report-table--short">
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
      <section id={sectionId('aboveTolerance')} className="report-section">
        {heading('aboveTolerance')}
        {report.risksAboveTolerance.length === 0 ? (
          <p>{t('reports.noneAbove')}</p>
        ) : (
          <ReportRisksTable
            risks={report.risksAboveTolerance}
            labelledBy={headingId('aboveTolerance')}
            showUnit
          />
        )}
      </section>
    </>
  );
});
AuditPackHead.displayName = 'AuditPackHead';

/** One unit's goals: memoised like the units, for the staged render. */
const MemoGoalOutcomes = memo(UnitGoalOutcomesView);

/** The audit committee pack: cover with contents, figures, risk map, every unit's table and the §115 statement. */
export const AuditReportView = ({
  report,
  matrix,
  meta,
  statement,
  title,
  contentsPages,
  budget = Infinity,
}: Props) => {
  const { t } = useTranslation();
  const units = takeWithin(report.sections, sectionWeight, budget);
  const outcomes = takeWithin(report.goalOutcomes, outcomesWeight, units.left);
  // One table: shown whole once reached, since a table growing row by row is laid out anew
  // at every step.
  const isWithoutOutcomeShown = outcomes.left >= report.withoutOutcome.length;
  const heading = (key: (typeof REPORT_SECTIONS)[number]) => (
    <h2 id={headingId(key)}>{t(`reports.sections.${key}`)}</h2>
  );
  return (
    <article className="report">
      <AuditPackHead
        report={report}
        matrix={matrix}
        meta={meta}
        title={title}
        contentsPages={contentsPages}
      />
      <section id={sectionId('units')} className="report-section">
        {heading('units')}
        <AuditUnitsSection sections={units.shown} year={report.year} />
      </section>
      {report.goalOutcomes.length > 0 && (
        <section id={sectionId('goalOutcomes')} className="report-section">
          {heading('goalOutcomes')}
          <p className="report-lead">{t('reports.goalOutcomes.lead')}</p>
          {outcomes.shown.map((unitOutcomes) => (
            <MemoGoalOutcomes key={unitOutcomes.unit.id} outcomes={unitOutcomes} isTitled />
          ))}
        </section>
      )}
      <section id={sectionId('withoutOutcome')} className="report-section">
        {heading('withoutOutcome')}
        {report.withoutOutcome.length === 0 ? (
          <p>{t('reports.allHaveOutcome')}</p>
        ) : (
          isWithoutOutcomeShown && (
            <ReportTable<WithoutOutcome>
              rows={report.withoutOutcome}
              rowKey={({ row }) => row.id}
              className="report-table--without-outcome"
              labelledBy={headingId('withoutOutcome')}
              columns={[
                {
                  key: 'unit',
                  kind: 'narrow',
                  header: t('reports.columns.unit'),
                  text: ({ unitName }) => unitName,
                },
                {
                  key: 'objective',
                  kind: 'text',
                  header: t('actions.objective'),
                  text: ({ row }) => row.objective,
                  isRowHeader: true,
                },
                {
                  key: 'status',
                  kind: 'narrow',
                  header: t('actions.status'),
                  text: ({ row }) => t(`actions.statuses.${row.status}`),
                },
              ]}
            />
          )
        )}
      </section>
      <section id={sectionId('statement')} className="report-section">
        {heading('statement')}
        <p className="report-statement">{statement}</p>
      </section>
    </article>
  );
};
