import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { printRoute } from '../reports';
import type { OpenedPackage } from '../../session/usePackageMode';

/** The package's pages where a unit manager moves: the unit, its risk map and summary. */
export const packagePaths = ({ record }: OpenedPackage) => ({
  unit: `/units/${record.unitId}?year=${record.year}`,
  riskMap: `/risk-map?scope=${record.unitId}`,
  summary: printRoute('unit', record.unitId, record.year),
});

/** The main navigation while a unit package is open: that unit's pages only. */
export const PackageModeNav = ({ opened }: { opened: OpenedPackage }) => {
  const { t } = useTranslation();
  const paths = packagePaths(opened);
  return (
    <nav aria-label={t('app.mainNavigation')} className="shell__nav">
      <NavLink to={paths.unit}>{t('packages.modeNav.unit')}</NavLink>
      <NavLink to={paths.riskMap}>{t('packages.modeNav.riskMap')}</NavLink>
      <NavLink to={paths.summary}>{t('packages.modeNav.summary')}</NavLink>
      <NavLink to="/settings">{t('packages.modeNav.settings')}</NavLink>
      <NavLink to="/profile">{t('packages.modeNav.profile')}</NavLink>
      <NavLink to="/about">{t('about.nav')}</NavLink>
    </nav>
  );
};
