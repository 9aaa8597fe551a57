import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AssessmentKind } from '../../../shared/risk-analysis';
import { currentLevel, exceedsTolerance, heatMapCells } from '../../../shared/risk-analysis';
import { ASSESSMENT_KINDS } from '../../../shared/domain/risk';
import { buildUnitTree, descendantIds, flattenUnitTree } from '../../../shared/unit-tree';
import { usePageTitle } from '../../hooks/usePageTitle';
import { SelectField } from '../../components/SelectField';
import { useUnits } from '../../data/units/useUnits';
import { RiskMapTable, cellKey } from './RiskMapTable';
import { useMatrix, useRisksWithAssessments } from '../../data/risks/useRiskData';

/** The risk map for a unit, area, division or the whole organisation, inherent or residual. */
export const RiskMapScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('risks.map.heading'));
  const [params, setParams] = useSearchParams();
  const units = useUnits();
  const matrix = useMatrix();
  const nodes = flattenUnitTree(buildUnitTree(units ?? []));
  const scopeId = params.get('scope') ?? nodes[0]?.unit.id ?? '';
  const kind: AssessmentKind = params.get('kind') === 'residual' ? 'residual' : 'inherent';
  const selected = params.get('cell');
  const scopeIds = scopeId ? [scopeId, ...descendantIds(units ?? [], scopeId)] : [];
  const scoped = useRisksWithAssessments(scopeIds);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  // A previous result read before any scope was known names none: nothing to keep showing.
  const hasShownScope = scoped !== undefined && (scoped.isCurrent || scoped.unitIds.length > 0);
  if (!units || !matrix || !scoped || !hasShownScope) return <p>{t('app.loading')}</p>;
  // Until the chosen scope is read, the map stays as it was, named for the scope it shows.
  const { risks, assessments, unitIds, isCurrent } = scoped;
  const scope = units.find((unit) => unit.id === unitIds[0]);
  const cells = heatMapCells(risks, assessments, matrix, kind);
  const placed = cells.flat().reduce((sum, cell) => sum + cell.riskIds.length, 0);
  const chosen = cells.flat().find((cell) => cellKey(cell) === selected);
  const unitName = (unitId: string) => units.find((unit) => unit.id === unitId)?.name ?? '';
  const overTolerance = risks.filter((risk) => {
    const level = currentLevel(assessments.get(risk.id) ?? [], kind, matrix);
    return level !== null && exceedsTolerance(risk, level, matrix);
  });

  return (
    <>
      <h1>{t('risks.map.heading')}</h1>
      <div className="filters">
        <SelectField
          label={t('risks.map.scope')}
          value={scopeId}
          onChange={(event) => update({ scope: event.target.value, cell: null })}
          options={nodes.map(({ unit, depth }) => ({
            value: unit.id,
            label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
          }))}
        />
        <SelectField
          label={t('risks.map.kind')}
          value={kind}
          onChange={(event) => update({ kind: event.target.value, cell: null })}
          options={ASSESSMENT_KINDS.map((item) => ({
            value: item,
            label: `${t(`risks.kinds.${item}`)} (${t(`risks.kindHelp.${item}`)})`,
          }))}
        />
      </div>
      <p aria-busy={!isCurrent || undefined}>
        {t('risks.map.total', { count: risks.length })}.{' '}
        {t('risks.map.unplaced', { count: risks.length - placed })}
      </p>
      <RiskMapTable
        cells={cells}
        matrix={matrix}
        caption={t('risks.map.caption', {
          scope: scope?.name ?? '',
          kind: t(`risks.kinds.${kind}`),
        })}
        selected={selected}
        onSelect={(cell) => update({ cell: cellKey(cell) })}
      />
      <section aria-live="polite" className="risk-map__selection">
        {chosen ? (
          <>
            <h2>
              {t('risks.map.cellRisksHeading', {
                likelihood: chosen.likelihood,
                impact: chosen.impact,
                band: chosen.band.name,
              })}
            </h2>
            <ul>
              {chosen.riskIds.map((id) => {
                const risk = risks.find((item) => item.id === id);
                return (
                  <li key={id}>
                    <Link to={`/risks/${id}`}>{risk?.title}</Link> ({unitName(risk?.unitId ?? '')})
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p className="muted">{t('risks.map.selectCell')}</p>
        )}
      </section>
      <h2>{t('risks.map.aboveTolerance')}</h2>
      {overTolerance.length === 0 ? (
        <p className="muted">–</p>
      ) : (
        <ul>
          {overTolerance.map((risk) => (
            <li key={risk.id}>
              <Link to={`/risks/${risk.id}`}>{risk.title}</Link> ({unitName(risk.unitId)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
