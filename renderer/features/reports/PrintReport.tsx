import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  auditCommitteeReport,
  statementFigures,
  unitSummary,
} from '../../../shared/reports/report-model';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useToday } from '../../hooks/useToday';
import { APP_VERSION } from '../../platform';
import { useProfile } from '../../session/useProfile';
import { AuditReportView, packWeight, reportSections, sectionId } from './AuditReportView';
import { BuildProgress } from './BuildProgress';
import { CompareReport } from './CompareReportView';
import { HyphenationProvider, useIsHyphenationReady } from './hyphenation';
import { UnitSummaryView } from './UnitSummaryView';
import { statementDraft } from './statementDraft';
import { useChainHead, useReportData, useSavedStatement } from '../../data/reports/useReportData';
import type { ReportKind } from './usePrintParams';
import { usePrintDocument } from './usePrintDocument';
import { usePrintPageStyle } from './usePrintPageStyle';
import { REPORT_SECTIONS } from './reportKeys';
import { useStagedBudget } from './useStagedBudget';

/**
 * Rows, risks, goals and indicators the pack puts on the page per step: a city's pack (hundreds
 * of thousands) is built in steps with a progress bar, the example's in one.
 */
export const PACK_STEP = 3_000;

type Props = {
  kind: ReportKind;
  scopeId: string;
  year: number;
  /** The earlier year of the comparison ('compare'); the year before `year` when not given. */
  fromYear?: number;
  generatedAt: string;
  /** The contents list's page numbers (audit pack), once read from a first print. */
  contentsPages?: readonly number[] | null;
  /** Units of work per step of the pack's staged render (tests make it small). */
  packStep?: number;
};

/** One year's report: the audit committee pack or a unit summary. */
const YearReport = ({
  kind,
  scopeId,
  year,
  generatedAt,
  contentsPages = null,
  packStep = PACK_STEP,
}: Omit<Props, 'fromYear'>) => {
  const { t, i18n } = useTranslation();
  const today = useToday();
  const data = useReportData(year, today);
  const saved = useSavedStatement(year, scopeId);
  const chainHead = useChainHead();
  const profile = useProfile();
  const isHyphenationReady = useIsHyphenationReady();
  const isLoaded =
    data !== undefined && saved !== undefined && chainHead !== undefined && profile !== undefined;
  const scope = data?.units.find((unit) => unit.id === scopeId);
  const title =
    kind === 'audit'
      ? t('reports.auditTitle', { year })
      : t('reports.unitTitle', { year, unit: scope?.name ?? '' });
  // Computed once: the pack, and its contents list, which leaves out a part it does not have.
  const report = useMemo(
    () => (kind === 'audit' && data ? auditCommitteeReport(data, scopeId) : null),
    [kind, data, scopeId],
  );
  // Kept the same object between renders: the pack's first parts are memoised on it.
  const generatedBy = profile?.name ?? '';
  const meta = useMemo(
    () => ({ generatedAt, generatedBy, appVersion: APP_VERSION, chainHead: chainHead ?? null }),
    [generatedAt, generatedBy, chainHead],
  );
  const packTotal = useMemo(() => (report ? packWeight(report) : 0), [report]);
  const staged = useStagedBudget(packTotal, packStep);
  const contents = useMemo(
    () => (report ? reportSections(report) : REPORT_SECTIONS).map(sectionId),
    [report],
  );
  usePageTitle(title);
  usePrintPageStyle(title);
  usePrintDocument({
    isReady: isLoaded && isHyphenationReady && staged.isDone,
    title,
    author: data?.organisationName ?? '',
    subject:
      kind === 'audit'
        ? t('reports.subjects.audit', { year })
        : t('reports.subjects.unit', { year, scope: scope?.name ?? '' }),
    contents: kind === 'audit' ? contents : [],
    pages: kind === 'audit' ? contentsPages : null,
  });

  if (!isLoaded) return <p role="status">{t('reports.loadingData')}</p>;
  if (!scope) return <p role="alert">{t('reports.notFound')}</p>;
  if (kind === 'unit') {
    const summary = unitSummary(data, scopeId);
    return summary ? (
      <UnitSummaryView
        summary={summary}
        organisation={data.organisationName}
        year={year}
        meta={meta}
        title={title}
      />
    ) : null;
  }
  if (!report) return <p role="alert">{t('reports.notFound')}</p>;
  if (report.isEmpty) {
    return (
      <article className="report">
        <h1>{title}</h1>
        <p className="report-empty">{t('reports.empty', { scope: scope.name, year })}</p>
      </article>
    );
  }
  const statement = saved ?? statementDraft(t, statementFigures(report), i18n.language);
  return (
    <>
      {!staged.isDone && <BuildProgress done={staged.budget} total={packTotal} />}
      <AuditReportView
        report={report}
        matrix={data.matrix}
        meta={meta}
        statement={statement}
        title={title}
        contentsPages={contentsPages}
        budget={staged.budget}
      />
    </>
  );
};

/** The full, non-virtualised report as it prints; also what the hidden PDF window renders. */
export const PrintReport = ({ fromYear, packStep, ...props }: Props) => (
  <HyphenationProvider>
    {props.kind === 'compare' ? (
      <CompareReport
        scopeId={props.scopeId}
        fromYear={fromYear ?? props.year - 1}
        toYear={props.year}
        generatedAt={props.generatedAt}
      />
    ) : (
      <YearReport {...props} {...(packStep === undefined ? {} : { packStep })} />
    )}
  </HyphenationProvider>
);
