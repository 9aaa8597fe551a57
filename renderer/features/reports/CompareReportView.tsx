import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableKind } from '../../../shared/domain/table-kind';
import type { RiskMove, YearComparison, YearLevel } from '../../../shared/review/year-compare';
import type { YearJudgement } from '../../../shared/review/year-compare-kinds';
import { compareByKind, yearJudgements } from '../../../shared/review/year-compare-kinds';
import { compareYears } from '../../../shared/review/year-compare';
import { unitPath } from '../../../shared/unit-tree';
import { APP_VERSION } from '../../platform';
import { useProfile } from '../../session/useProfile';
import type { ReportMeta } from './ReportCover';
import { ReportColophon } from './ReportCover';
import { CompareKindSection } from './CompareKindSection';
import { ReportTable } from './ReportTable';
import { useIsHyphenationReady } from './hyphenation';
import { usePageTitle } from '../../hooks/usePageTitle';
import { usePrintDocument } from './usePrintDocument';
import { useCompareData } from '../../data/reports/useCompareData';
import { usePrintPageStyle } from './usePrintPageStyle';
import { useChainHead } from '../../data/reports/useReportData';

type TFunction = ReturnType<typeof useTranslation>['t'];

/** The sections' heading ids, which also name their tables. */
const SECTION_IDS = { riskMoves: 'compare-riskMoves' } as const;

type SectionProps = {
  id: string;
  heading: string;
  isEmpty: boolean;
  /** What an empty section says; "Ei yhtään." unless told. */
  emptyText?: string;
  children: ReactNode;
};

/** One part of the comparison: its heading, then its table, or a line saying there is none. */
const CompareSection = ({ id, heading, isEmpty, emptyText, children }: SectionProps) => {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {isEmpty ? <p>{emptyText ?? t('compare.none')}</p> : children}
    </section>
  );
};

/** Shapes only: the direction is always written out too, so the print survives greyscale. */
const MOVE_SYMBOLS: Record<RiskMove, string> = {
  up: '↑',
  down: '↓',
  same: '→',
  new: '+',
  unassessed: '–',
};

const levelText = (t: TFunction, level: YearLevel | null) =>
  level
    ? `${t('risks.levelText', {
        band: level.band.name,
        likelihood: level.likelihood,
        impact: level.impact,
        score: level.score,
      })}, ${t(`risks.kinds.${level.kind}`)}`
    : t('risks.notAssessed');

type Move = YearComparison['riskMoves'][number];

type ViewProps = {
  comparison: YearComparison;
  /** The table kinds in the budget's order; the rows are grouped by them. */
  kinds: readonly TableKind[];
  /** Each row's judgement in its own year. */
  judgements: ReadonlyMap<string, YearJudgement>;
  unitNames: ReadonlyMap<string, string>;
  organisation: string;
  scope: string;
  fromYear: number;
  toYear: number;
  meta: ReportMeta;
  title: string;
};

/**
 * Vuosien vertailu: the rows a scope's plan gained, continued (with the plan fields rewritten)
 * and dropped between two years, and how each risk's level moved between the year-ends.
 */
export const CompareReportView = ({
  comparison,
  kinds,
  judgements,
  unitNames,
  organisation,
  scope,
  fromYear,
  toYear,
  meta,
  title,
}: ViewProps) => {
  const { t } = useTranslation();
  const unitOf = (item: { unitId: string }) => unitNames.get(item.unitId) ?? '';
  const sections = compareByKind(comparison, kinds);
  return (
    <article className="report">
      <h1>{title}</h1>
      {sections.length === 0 && <p>{t('compare.rowsNone')}</p>}
      {sections.map((section) => (
        <CompareKindSection
          key={section.kind.id}
          section={section}
          judgements={judgements}
          unitNames={unitNames}
          fromYear={fromYear}
          toYear={toYear}
        />
      ))}
      <CompareSection
        id={SECTION_IDS.riskMoves}
        heading={t('compare.riskMoves')}
        isEmpty={comparison.riskMoves.length === 0}
        emptyText={t('reports.noRisks')}
      >
        <ReportTable<Move>
          rows={comparison.riskMoves}
          rowKey={({ risk }) => risk.id}
          className="report-table--moves"
          labelledBy={SECTION_IDS.riskMoves}
          columns={[
            {
              key: 'title',
              kind: 'text',
              header: t('risks.title'),
              text: ({ risk }) => risk.title,
              isRowHeader: true,
            },
            {
              key: 'unit',
              kind: 'narrow',
              header: t('reports.columns.unit'),
              text: ({ risk }) => unitOf(risk),
            },
            {
              key: 'from',
              kind: 'narrow',
              header: t('compare.levelAt', { year: fromYear }),
              text: ({ from }) => levelText(t, from),
            },
            {
              key: 'to',
              kind: 'narrow',
              header: t('compare.levelAt', { year: toYear }),
              text: ({ to }) => levelText(t, to),
            },
            {
              key: 'direction',
              kind: 'narrow',
              header: t('compare.direction'),
              text: ({ direction }) =>
                `${MOVE_SYMBOLS[direction]} ${t(`compare.directions.${direction}`)}`,
              cellClass: ({ direction }) => `move move--${direction}`,
              render: ({ direction }, hyphenate) => (
                <>
                  <span aria-hidden="true">{MOVE_SYMBOLS[direction]} </span>
                  {hyphenate(t(`compare.directions.${direction}`))}
                </>
              ),
            },
          ]}
        />
      </CompareSection>
      <ReportColophon
        organisation={organisation}
        year={`${fromYear}–${toYear}`}
        scope={scope}
        meta={meta}
      />
    </article>
  );
};

type Props = { scopeId: string; fromYear: number; toYear: number; generatedAt: string };

/** Loads both years and renders the comparison as it prints; sets the page title and printReady. */
export const CompareReport = ({ scopeId, fromYear, toYear, generatedAt }: Props) => {
  const { t } = useTranslation();
  const data = useCompareData(fromYear, toYear);
  const chainHead = useChainHead();
  const profile = useProfile();
  const isLoaded = data !== undefined && chainHead !== undefined && profile !== undefined;
  const scope = data?.units.find((unit) => unit.id === scopeId && unit.deletedAt === null);
  const title = t('compare.title', { from: fromYear, to: toYear, scope: scope?.name ?? '' });
  const comparison = useMemo(
    () => (data && scope ? compareYears(data, scope.id) : null),
    [data, scope],
  );
  const judgements = useMemo(
    () => (data ? yearJudgements(data.actions, data.indicators) : new Map<string, YearJudgement>()),
    [data],
  );
  const isHyphenationReady = useIsHyphenationReady();
  usePageTitle(title);
  usePrintPageStyle(title);
  usePrintDocument({
    isReady: isLoaded && isHyphenationReady,
    title,
    author: data?.organisationName ?? '',
    subject: t('reports.subjects.compare', {
      from: fromYear,
      to: toYear,
      scope: scope?.name ?? '',
    }),
  });

  if (!isLoaded) return <p>{t('app.loading')}</p>;
  if (!scope || !comparison) return <p role="alert">{t('reports.notFound')}</p>;
  return (
    <CompareReportView
      comparison={comparison}
      kinds={data.kinds}
      judgements={judgements}
      unitNames={new Map(data.units.map((unit) => [unit.id, unit.name]))}
      organisation={data.organisationName}
      scope={unitPath(data.units, scope.id)
        .map((unit) => unit.name)
        .join(' › ')}
      fromYear={fromYear}
      toYear={toYear}
      meta={{
        generatedAt,
        generatedBy: profile?.name ?? '',
        appVersion: APP_VERSION,
        chainHead,
      }}
      title={title}
    />
  );
};
