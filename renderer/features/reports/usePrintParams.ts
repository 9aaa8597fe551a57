import { useParams, useSearchParams } from 'react-router';
import { CONTENTS_PAGES_PARAM, parseContentsPages } from '../../../shared/print/print-document';
import { REPORT_KINDS } from './reportKeys';

export type ReportKind = (typeof REPORT_KINDS)[number];

const isReportKind = (value: string | undefined): value is ReportKind =>
  REPORT_KINDS.some((kind) => kind === value);

/**
 * The report, scope and year a print route names: /print/audit?scope=…&year=2026. The year
 * comparison also reads `from` (/print/compare?scope=…&year=2027&from=2026); `year` is then
 * the later year, and `from` defaults to the year before it.
 */
export const usePrintParams = () => {
  const { kind } = useParams();
  const [params] = useSearchParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  return {
    kind: isReportKind(kind) ? kind : 'audit',
    scopeId: params.get('scope') ?? '',
    year,
    fromYear: Number(params.get('from')) || year - 1,
    /** Set by the desktop shell (and the tests) on its second print: see print-passes. */
    contentsPages: parseContentsPages(params.get(CONTENTS_PAGES_PARAM)),
  };
};

export const printRoute = (kind: ReportKind, scopeId: string, year: number, fromYear = year - 1) =>
  `/print/${kind}?scope=${encodeURIComponent(scopeId)}&year=${year}${
    kind === 'compare' ? `&from=${fromYear}` : ''
  }`;
