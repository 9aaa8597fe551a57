import type { ReactNode } from 'react';
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
  /** Printed on the cover page after the facts: the audit pack's contents list. */
  children?: ReactNode;
};

type FactsProps = Omit<Props, 'title' | 'children'>;

/** What the report is, for whom and when, and the audit-trail head it was made from. */
const ReportFacts = ({ organisation, year, scope, meta }: FactsProps) => {
  const { t, i18n } = useTranslation();
  const rows: [string, string, boolean][] = [
    [t('reports.cover.organisation'), organisation, false],
    [t('reports.cover.year'), String(year), false],
    [t('reports.cover.scope'), scope, false],
    [
      t('reports.cover.generatedAt'),
      formatDateTime(meta.generatedAt, i18n.language as LanguageCode),
      false,
    ],
    [t('reports.cover.generatedBy'), meta.generatedBy, false],
    [t('reports.cover.appVersion'), meta.appVersion, false],
    [t('reports.cover.chainHead'), meta.chainHead ?? t('reports.cover.noChain'), true],
  ];
  return (
    <dl className="report-facts">
      {rows.map(([label, value, isHash]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className={isHash ? 'report-facts__hash' : undefined}>{value}</dd>
        </div>
      ))}
    </dl>
  );
};

/** The first page of a long report: its title, the facts and, for the audit pack, the contents. */
export const ReportCover = ({ title, children, ...facts }: Props) => (
  <section className="report-cover">
    <h1>{title}</h1>
    <ReportFacts {...facts} />
    {children}
  </section>
);

/** The same facts in small print at the end of a short report, which has no cover page. */
export const ReportColophon = (facts: FactsProps) => (
  <footer className="report-colophon">
    <ReportFacts {...facts} />
  </footer>
);
