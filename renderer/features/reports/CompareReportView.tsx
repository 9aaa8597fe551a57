import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlAction } from '../../../shared/domain/control-action';
import type {
  ComparedField,
  RiskMove,
  YearComparison,
  YearLevel,
} from '../../../shared/review/year-compare';
import { compareYears } from '../../../shared/review/year-compare';
import { unitPath } from '../../../shared/unit-tree';
import { APP_VERSION } from '../../platform';
import { useProfile } from '../settings/useSettings';
import type { ReportMeta } from './ReportCover';
import { ReportCover } from './ReportCover';
import { useCompareData } from './useCompareData';
import { usePrintPageStyle, usePrintReady } from './usePrintPageStyle';
import { useChainHead } from './useReportData';

type TFunction = ReturnType<typeof useTranslation>['t'];

/** Shapes only: the direction is always written out too, so the print survives greyscale. */
const MOVE_SYMBOLS: Record<RiskMove, string> = {
  up: '↑',
  down: '↓',
  same: '→',
  new: '+',
  unassessed: '–',
};

const fieldLabel = (t: TFunction, field: ComparedField) => t(`actions.${field}`);

const levelText = (t: TFunction, level: YearLevel | null) =>
  level
    ? `${t('risks.levelText', {
        band: level.band.name,
        likelihood: level.likelihood,
        impact: level.impact,
        score: level.score,
      })}, ${t(`risks.kinds.${level.kind}`)}`
    : t('risks.notAssessed');

type ViewProps = {
  comparison: YearComparison;
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
  const rowsTable = (rows: ControlAction[], caption: string, withStatus: boolean) => (
    <table className="report-table report-table--compare">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.unit')}</th>
          <th scope="col">{t('actions.objective')}</th>
          <th scope="col">{t('actions.actions')}</th>
          <th scope="col">{t('actions.indicator')}</th>
          <th scope="col">{t('actions.owner')}</th>
          {withStatus && <th scope="col">{t('actions.status')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{unitOf(row)}</td>
            <th scope="row">{row.objective}</th>
            <td>{row.actions}</td>
            <td>{row.indicator}</td>
            <td>{row.owner}</td>
            {withStatus && <td>{t(`actions.statuses.${row.status}`)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <article className="report">
      <ReportCover
        title={title}
        organisation={organisation}
        year={`${fromYear}–${toYear}`}
        scope={scope}
        meta={meta}
      />
      <section className="report-section" aria-labelledby="compare-added">
        <h2 id="compare-added">{t('compare.added')}</h2>
        {comparison.added.length === 0 ? (
          <p>{t('compare.none')}</p>
        ) : (
          rowsTable(comparison.added, t('compare.added'), false)
        )}
      </section>
      <section className="report-section" aria-labelledby="compare-carried">
        <h2 id="compare-carried">{t('compare.carried')}</h2>
        {comparison.carried.length === 0 ? (
          <p>{t('compare.none')}</p>
        ) : (
          <table className="report-table report-table--compare">
            <caption>{t('compare.carried')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.unit')}</th>
                <th scope="col">{t('actions.objective')}</th>
                <th scope="col">{t('actions.actions')}</th>
                <th scope="col">{t('actions.indicator')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('compare.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.carried.map(({ to, changedFields }) => (
                <tr key={to.id}>
                  <td>{unitOf(to)}</td>
                  <th scope="row">{to.objective}</th>
                  <td>{to.actions}</td>
                  <td>{to.indicator}</td>
                  <td>{to.owner}</td>
                  <td>
                    {changedFields.length === 0
                      ? t('compare.unchanged')
                      : t('compare.changed', {
                          fields: changedFields.map((field) => fieldLabel(t, field)).join(', '),
                        })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="report-section" aria-labelledby="compare-dropped">
        <h2 id="compare-dropped">{t('compare.dropped')}</h2>
        {comparison.dropped.length === 0 ? (
          <p>{t('compare.none')}</p>
        ) : (
          rowsTable(comparison.dropped, t('compare.dropped'), true)
        )}
      </section>
      <section className="report-section" aria-labelledby="compare-riskMoves">
        <h2 id="compare-riskMoves">{t('compare.riskMoves')}</h2>
        {comparison.riskMoves.length === 0 ? (
          <p>{t('reports.noRisks')}</p>
        ) : (
          <table className="report-table report-table--moves">
            <caption>{t('compare.riskMoves')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('risks.title')}</th>
                <th scope="col">{t('reports.columns.unit')}</th>
                <th scope="col">{t('compare.levelAt', { year: fromYear })}</th>
                <th scope="col">{t('compare.levelAt', { year: toYear })}</th>
                <th scope="col">{t('compare.direction')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.riskMoves.map(({ risk, from, to, direction }) => (
                <tr key={risk.id}>
                  <th scope="row">{risk.title}</th>
                  <td>{unitOf(risk)}</td>
                  <td>{levelText(t, from)}</td>
                  <td>{levelText(t, to)}</td>
                  <td className={`move move--${direction}`}>
                    <span aria-hidden="true">{MOVE_SYMBOLS[direction]} </span>
                    {t(`compare.directions.${direction}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
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
  usePrintPageStyle(title);
  usePrintReady(isLoaded);

  if (!isLoaded) return <p>{t('app.loading')}</p>;
  if (!scope || !comparison) return <p role="alert">{t('reports.notFound')}</p>;
  return (
    <CompareReportView
      comparison={comparison}
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
