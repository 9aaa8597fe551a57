import { Fragment } from 'react';
import { Navigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buildUnitTree, unitPath } from '../../../shared/unit-tree';
import { usePageTitle } from '../../hooks/usePageTitle';
import { ActionsSection } from '../actions';
import { ExportMenu } from '../exports';
import { ImportActionsSection } from '../imports';
import { RisksSection } from '../risks';
import { UnitReviewBanner } from '../review';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { YearSelect } from '../years';
import { UnitDetails } from './UnitDetails';
import { UnitTree } from './UnitTree';
import { useUnits } from '../../data/units/useUnits';

/** The organisation tree beside the selected unit with its rows for the chosen year. */
export const UnitsScreen = () => {
  const { t } = useTranslation();
  const { unitId } = useParams();
  const [searchParams] = useSearchParams();
  const units = useUnits();
  const organisation = useOrganisation();
  const profile = useProfile();
  const year =
    Number(searchParams.get('year')) || organisation?.currentYear || new Date().getFullYear();
  const unit = units?.find((candidate) => candidate.id === unitId);
  usePageTitle(unit?.name ?? t('units.heading'));

  if (units === undefined) return <p>{t('app.loading')}</p>;
  const tree = buildUnitTree(units);
  if (!unitId && tree[0]) return <Navigate to={`/units/${tree[0].unit.id}?year=${year}`} replace />;
  const canEdit = profile !== undefined && profile?.role !== 'reader';
  const path = unit ? unitPath(units, unit.id) : [];

  return (
    <div className="units-layout">
      <nav aria-label={t('units.treeLabel')} className="units-layout__tree">
        <h2 className="units-layout__tree-title">{t('units.treeLabel')}</h2>
        <UnitTree
          nodes={tree}
          year={year}
          pathIds={new Set(path.map((item) => item.id))}
          total={units.length}
        />
      </nav>
      <div className="units-layout__content">
        {unit ? (
          // Keyed by unit and year: an open dialog, an error or a choice of one unit never
          // carries over to the next one.
          <Fragment key={`${unit.id}|${year}`}>
            {path.length > 1 && (
              <p className="breadcrumb">
                {path
                  .slice(0, -1)
                  .map((item) => item.name)
                  .join(' › ')}
              </p>
            )}
            <h1>{unit.name}</h1>
            <UnitDetails unit={unit} allUnits={units} year={year} canEdit={canEdit} />
            <YearSelect year={year} />
            <UnitReviewBanner unitId={unit.id} year={year} />
            <ActionsSection unit={unit} year={year} canEdit={canEdit} />
            <RisksSection unit={unit} canEdit={canEdit} />
            <ExportMenu unitId={unit.id} unitName={unit.name} year={year} />
            <ImportActionsSection unitId={unit.id} unitName={unit.name} />
          </Fragment>
        ) : (
          <>
            <h1>{t('units.heading')}</h1>
            <p>{t('units.noneSelected')}</p>
          </>
        )}
      </div>
    </div>
  );
};
