import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSection } from '../../../shared/reports/report-model';
import { ReportRisksTable } from './ReportRisksTable';
import { ReportRowsTable } from './ReportRowsTable';

/**
 * One unit of the audit pack: its path as the heading, its rows and its risks. Memoised: the
 * pack is put on the page in steps, and a unit already there is not rendered again.
 */
const AuditUnit = memo(({ section, year }: { section: UnitSection; year: number }) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="report-unit" aria-labelledby={id}>
      <h3 id={id}>{section.path.join(' › ')}</h3>
      {section.rows.length > 0 ? (
        <ReportRowsTable rows={section.rows} caption={t('actions.heading', { year })} />
      ) : (
        <p>{t('reports.noRows', { year })}</p>
      )}
      {section.risks.length > 0 && (
        <ReportRisksTable risks={section.risks} caption={t('reports.risksHeading')} />
      )}
    </section>
  );
});
AuditUnit.displayName = 'AuditUnit';

/** Every unit of the scope in tree order, each with its rows and risks. */
export const AuditUnitsSection = ({
  sections,
  year,
}: {
  sections: UnitSection[];
  year: number;
}) => (
  <>
    {sections.map((section) => (
      <AuditUnit key={section.unit.id} section={section} year={year} />
    ))}
  </>
);
