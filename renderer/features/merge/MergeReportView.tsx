import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { ReportMeta } from '../reports';
import { ReportColophon } from '../reports';
import { MergeChangeTables } from './MergeChangeTables';
import { MergeConflictResults } from './MergeConflictResults';
import { MergeCounts } from './MergeCounts';
import type { MergeReportData } from '../../data/merge/useMergeData';
import { useMergeText } from './useMergeText';

type Props = { data: MergeReportData; meta: ReportMeta; title: string };

/**
 * Yhdistämisraportti: who returned and who merged the package, the counts, and what was added,
 * changed (field: before → after), resolved (the choice per field) and refused (the reason).
 * The same view is on screen, in the print preview and in the PDF.
 */
export const MergeReportView = ({ data, meta, title }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const text = useMergeText(data.names);
  const { merge, report } = data;
  const facts: [string, string][] = [
    [t('merge.report.meta.issuedTo'), merge.issuedTo],
    [
      t('merge.report.meta.returned'),
      t('merge.report.byAt', {
        name: merge.returnedBy,
        date: formatDateTime(merge.returnedAt, language),
      }),
    ],
    [
      t('merge.report.meta.merged'),
      t('merge.report.byAt', {
        name: merge.mergedBy,
        date: formatDateTime(merge.mergedAt, language),
      }),
    ],
    [t('merge.report.meta.package'), merge.returnId],
    [t('merge.report.meta.unitEvents'), String(merge.unitAuditEvents.length)],
  ];
  const isEmpty =
    !report ||
    report.added.length +
      report.changed.length +
      report.conflicts.length +
      report.refused.length ===
      0;
  return (
    <article className="report merge-report">
      <h1>{title}</h1>
      <section className="report-section">
        <dl className="merge-report__facts">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <MergeCounts counts={merge.counts} isDone />
      </section>
      {report && <MergeChangeTables report={report} text={text} isDone />}
      {report && <MergeConflictResults conflicts={report.conflicts} text={text} />}
      {isEmpty && <p>{t('merge.report.none')}</p>}
      <ReportColophon
        organisation={data.organisationName}
        year={merge.year}
        scope={data.unitName}
        meta={meta}
      />
    </article>
  );
};
