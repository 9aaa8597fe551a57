import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { labelsOf } from '../../../shared/domain/table-kind';
import type { GoalCounts, GoalFigures, GoalListing } from '../../../shared/reports/goal-figures';
import { formatPercent } from '../../i18n/locale';
import type { ReportColumn } from './ReportTable';
import { ReportTable } from './ReportTable';
import { useHyphenate } from './hyphenation';
import { GOAL_COUNT_COLUMNS as COUNT_COLUMNS } from './reportKeys';

type Props = { goals: GoalFigures; labelledBy: string };

/**
 * The goals part of the audit committee's pack: per division and table kind, goals met, partly
 * met, not met, not assessable and not yet judged, with the share of indicators met; then the
 * goals judged met although an indicator was not, and the group companies' goals.
 */
export const GoalFiguresSection = ({ goals, labelledBy }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const hyphenate = useHyphenate();
  const share = (counts: GoalCounts) =>
    counts.indicators === 0
      ? '–'
      : formatPercent(counts.indicatorsMet / counts.indicators, i18n.language);
  const cells = (counts: GoalCounts) => [
    ...COUNT_COLUMNS.map((key) => <td key={key}>{counts[key]}</td>),
    <td key="share">{share(counts)}</td>,
  ];
  // The two lists of goals both start with the unit and the goal.
  const unitAndGoal: ReportColumn<GoalListing>[] = [
    {
      key: 'unit',
      kind: 'narrow',
      header: t('reports.columns.unit'),
      text: ({ unitName }) => unitName,
    },
    {
      key: 'goal',
      kind: 'text',
      header: t('reports.goals.columns.goal'),
      text: ({ row }) => row.objective,
      isRowHeader: true,
    },
  ];
  const despiteId = `${labelledBy}-despite`;
  const companiesId = `${labelledBy}-companies`;
  const judgementOf = ({ judgement }: GoalListing) =>
    judgement ? t(`goals.judgements.${judgement}`) : t('goals.notJudgedOption');
  return (
    <>
      <p className="report-lead">{t('reports.goals.lead')}</p>
      <table
        className="report-table report-table--figures report-table--goals"
        aria-labelledby={labelledBy}
      >
        {/* Room for each heading's longest word: headings are never broken inside a word. */}
        <colgroup>
          <col className="report-col--unit" />
          <col className="report-col--kind" />
          {COUNT_COLUMNS.map((key) => (
            <col key={key} className={`report-col--${key}`} />
          ))}
          <col className="report-col--share" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('reports.columns.unit')}</th>
            <th scope="col">{t('goals.kind')}</th>
            {COUNT_COLUMNS.map((key) => (
              <th scope="col" key={key}>
                {t(`reports.goals.columns.${key}`)}
              </th>
            ))}
            <th scope="col">{t('reports.goals.columns.indicatorsMet')}</th>
          </tr>
        </thead>
        <tbody>
          {goals.lines.map((line) => (
            <tr key={`${line.unit.id}-${line.kind.id}`}>
              {/* A long kind name ("Tuottavuustoimenpiteet") breaks only at a hyphenation point. */}
              <th scope="row">{hyphenate(line.unit.name)}</th>
              <td className="report-cell--text">{hyphenate(labelsOf(line.kind, language).name)}</td>
              {cells(line.counts)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('reports.total')}
            </th>
            {cells(goals.totals)}
          </tr>
        </tfoot>
      </table>
      <h3 id={despiteId}>{t('reports.goals.metDespite')}</h3>
      {goals.metDespite.length === 0 ? (
        <p>{t('reports.goals.noneMetDespite')}</p>
      ) : (
        <ReportTable<GoalListing>
          rows={goals.metDespite}
          rowKey={({ row }) => row.id}
          className="report-table--goal-list"
          labelledBy={despiteId}
          columns={[
            ...unitAndGoal,
            {
              key: 'notMet',
              kind: 'narrow',
              header: t('reports.goals.columns.notMetIndicators'),
              text: ({ notMet }) => String(notMet),
            },
            {
              key: 'reason',
              kind: 'text',
              header: t('reports.goals.columns.reason'),
              text: ({ override }) => (override ? `${override.reason} (${override.by})` : ''),
            },
          ]}
        />
      )}
      {goals.companyGoals.length > 0 && (
        <>
          <h3 id={companiesId}>{t('reports.goals.companies')}</h3>
          <ReportTable<GoalListing>
            rows={goals.companyGoals}
            rowKey={({ row }) => row.id}
            className="report-table--goal-list"
            labelledBy={companiesId}
            columns={[
              ...unitAndGoal,
              {
                key: 'judgement',
                kind: 'narrow',
                header: t('reports.goals.columns.judgement'),
                text: judgementOf,
              },
            ]}
          />
        </>
      )}
    </>
  );
};
