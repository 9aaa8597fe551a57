import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { reviewChecklist } from '../../../shared/review/completeness';
import { buildUnitTree, flattenUnitTree, unitPath } from '../../../shared/unit-tree';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useToday } from '../../hooks/useToday';
import { SelectField } from '../../components/SelectField';
import { formatPercent } from '../../i18n/locale';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { useUnits } from '../../data/units/useUnits';
import { usePlanYears } from '../../data/years/usePlanYears';
import { ReviewUnitCard } from './ReviewUnitCard';
import { useReviewData } from '../../data/reviews/useReviewData';

/** The controller's year-end review: per unit what lacks an outcome or an assessment, and the decision. */
export const ReviewScreen = () => {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const organisation = useOrganisation();
  const profile = useProfile();
  const years = usePlanYears() ?? [];
  const today = useToday();
  const year = Number(params.get('year')) || organisation?.currentYear || new Date().getFullYear();
  // The year's own data only: while another year is read, no card of the previous one shows.
  const data = useReviewData(year);
  const units = useUnits();
  usePageTitle(t('review.heading', { year }));
  if (!units) return <p>{t('app.loading')}</p>;

  const nodes = flattenUnitTree(buildUnitTree(units));
  const scopeId = params.get('scope') ?? nodes[0]?.unit.id ?? '';
  const checklist = data && scopeId ? reviewChecklist({ ...data, year, today }, scopeId) : null;
  const checkedUnits = data?.units ?? [];
  const status = data?.planYear?.status;
  const isController = profile?.role === 'controller';
  const canDecide = isController && status === 'review';
  const canRecord =
    profile !== undefined &&
    profile?.role !== 'reader' &&
    status !== undefined &&
    status !== 'closed';
  const totals = checklist?.totals;
  const done =
    (totals?.actionsWithOutcome ?? 0) +
    (totals?.indicatorsJudged ?? 0) +
    (totals?.risksAssessed ?? 0);
  const all =
    (totals?.actionsTotal ?? 0) + (totals?.indicatorsTotal ?? 0) + (totals?.risksTotal ?? 0);

  return (
    <>
      <h1>{t('review.heading', { year })}</h1>
      <p>{t('review.help')}</p>
      <div className="filters">
        <SelectField
          label={t('review.year')}
          value={String(year)}
          onChange={(event) => setParams({ year: event.target.value, scope: scopeId })}
          options={years.map((item) => ({
            value: String(item.year),
            label: `${item.year} (${t(`years.statuses.${item.status}`)})`,
          }))}
        />
        <SelectField
          label={t('review.scope')}
          value={scopeId}
          onChange={(event) => setParams({ year: String(year), scope: event.target.value })}
          options={nodes.map(({ unit, depth }) => ({
            value: unit.id,
            label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
          }))}
        />
      </div>
      {status === 'closed' && (
        <p className="alert alert--info">{t('years.closedBanner', { year })}</p>
      )}
      {isController && data && status !== 'review' && status !== 'closed' && (
        <p className="alert alert--info">{t('review.notInReviewNote', { year })}</p>
      )}
      {checklist && (
        <p className="review-total">
          <strong>
            {t('review.total')}, {t('review.completeness').toLowerCase()}:
          </strong>{' '}
          {t('review.completenessValue', {
            percent: formatPercent(checklist.totals.completeness, i18n.language),
            done,
            total: all,
          })}
        </p>
      )}
      {!data && <p>{t('app.loading')}</p>}
      {checklist && checklist.units.length === 0 && (
        <p className="empty-state">{t('review.empty', { year })}</p>
      )}
      {checklist?.units.map((item) => {
        const unit = checkedUnits.find((candidate) => candidate.id === item.unitId)!;
        const path = unitPath(checkedUnits, unit.id)
          .slice(0, -1)
          .map((part) => part.name)
          .join(' › ');
        return (
          <ReviewUnitCard
            key={unit.id}
            unit={unit}
            path={path}
            item={item}
            year={year}
            canDecide={canDecide}
            canRecord={canRecord}
          />
        );
      })}
    </>
  );
};
