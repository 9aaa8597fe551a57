import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';

export type ReportMeta = {
  generatedAt: string;
  generatedBy: string;
  appVersion: string;
  chainHead: string | null;
};

type Props = {
  title: string;
  organisation: string;
  /** One year, or a span such as 2026–2027 for the year comparison. */
  year: number | string;
  scope: string;
  meta: ReportMeta;
};

/** The first page: what the report is, for whom and when, and the audit-trail head it was made from. */
export const ReportCover = ({ title, organisation, year, scope, meta }: Props) => {
  const { t, i18n } = useTranslation();
  const rows: [string, string][] = [
    [t('reports.cover.organisation'), organisation],
    [t('reports.cover.year'), String(year)],
    [t('reports.cover.scope'), scope],
    [
      t('reports.cover.generatedAt'),
      formatDateTime(meta.generatedAt, i18n.language as LanguageCode),
    ],
    [t('reports.cover.generatedBy'), meta.generatedBy],
    [t('reports.cover.appVersion'), meta.appVersion],
    [t('reports.cover.chainHead'), meta.chainHead ?? t('reports.cover.noChain')],
  ];
  return (
    <section className="report-cover">
      <h1>{title}</h1>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd
              className={label === t('reports.cover.chainHead') ? 'report-cover__hash' : undefined}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
