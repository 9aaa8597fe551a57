import { useTranslation } from 'react-i18next';
import type { UnitSection } from '../../../shared/reports/report-model';
import type { ReportMeta } from './ReportCover';
import { ReportCover } from './ReportCover';
import { ReportRisksTable } from './ReportRisksTable';
import { ReportRowsTable } from './ReportRowsTable';

type Props = {
  summary: UnitSection;
  organisation: string;
  year: number;
  meta: ReportMeta;
  title: string;
};

/** Yksikön yhteenveto: the unit's rows as the budget table, extended, and its risks with levels. */
export const UnitSummaryView = ({ summary, organisation, year, meta, title }: Props) => {
  const { t } = useTranslation();
  return (
    <article className="report">
      <ReportCover
        title={title}
        organisation={organisation}
        year={year}
        scope={summary.path.join(' › ')}
        meta={meta}
      />
      <section className="report-section">
        <h2>{t('actions.heading', { year })}</h2>
        {summary.rows.length > 0 ? (
          <ReportRowsTable rows={summary.rows} caption={summary.unit.name} />
        ) : (
          <p>{t('reports.noRows', { year })}</p>
        )}
      </section>
      <section className="report-section">
        <h2>{t('reports.risksHeading')}</h2>
        {summary.risks.length > 0 ? (
          <ReportRisksTable risks={summary.risks} caption={summary.unit.name} />
        ) : (
          <p>{t('reports.noRisks')}</p>
        )}
      </section>
    </article>
  );
};
