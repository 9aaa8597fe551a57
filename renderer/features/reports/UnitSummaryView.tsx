import { useTranslation } from 'react-i18next';
import type { UnitSummary } from '../../../shared/reports/report-model';
import type { ReportMeta } from './ReportCover';
import { ReportColophon } from './ReportCover';
import { ReportRisksTable } from './ReportRisksTable';
import { ReportRowsTable } from './ReportRowsTable';
import { UnitGoalOutcomesView } from './UnitGoalOutcomesView';

const ROWS_HEADING = 'unit-rows-heading';
const RISKS_HEADING = 'unit-risks-heading';
const GOALS_HEADING = 'unit-goals-heading';

type Props = {
  summary: UnitSummary;
  organisation: string;
  year: number;
  meta: ReportMeta;
  title: string;
};

/**
 * Yksikön yhteenveto: the unit's internal-control rows as the budget table, extended, its goals
 * with their indicators (where it has goals) and its risks with levels.
 * No cover page: the title, then the table; who printed it and when is in small print at the end.
 */
export const UnitSummaryView = ({ summary, organisation, year, meta, title }: Props) => {
  const { t } = useTranslation();
  return (
    <article className="report">
      <h1>{title}</h1>
      <section className="report-section" aria-labelledby={ROWS_HEADING}>
        <h2 id={ROWS_HEADING}>{t('actions.heading', { year })}</h2>
        {summary.rows.length > 0 ? (
          <ReportRowsTable rows={summary.rows} labelledBy={ROWS_HEADING} />
        ) : (
          <p>{t('reports.noRows', { year })}</p>
        )}
      </section>
      {summary.goals && (
        <section className="report-section" aria-labelledby={GOALS_HEADING}>
          <h2 id={GOALS_HEADING}>{t('reports.sections.goalOutcomes')}</h2>
          <p className="report-lead">{t('reports.goalOutcomes.lead')}</p>
          <UnitGoalOutcomesView outcomes={summary.goals} isTitled={false} />
        </section>
      )}
      <section className="report-section" aria-labelledby={RISKS_HEADING}>
        <h2 id={RISKS_HEADING}>{t('reports.risksHeading')}</h2>
        {summary.risks.length > 0 ? (
          <ReportRisksTable risks={summary.risks} labelledBy={RISKS_HEADING} />
        ) : (
          <p>{t('reports.noRisks')}</p>
        )}
      </section>
      <ReportColophon
        organisation={organisation}
        year={year}
        scope={summary.path.join(' › ')}
        meta={meta}
      />
    </article>
  );
};
