import { useParams, useSearchParams } from 'react-router';

export type ReportKind = 'audit' | 'unit';

/** The report, scope and year a print route names: /print/audit?scope=…&year=2026. */
export const usePrintParams = () => {
  const { kind } = useParams();
  const [params] = useSearchParams();
  return {
    kind: (kind === 'unit' ? 'unit' : 'audit') as ReportKind,
    scopeId: params.get('scope') ?? '',
    year: Number(params.get('year')) || new Date().getFullYear(),
  };
};

export const printRoute = (kind: ReportKind, scopeId: string, year: number) =>
  `/print/${kind}?scope=${encodeURIComponent(scopeId)}&year=${year}`;
