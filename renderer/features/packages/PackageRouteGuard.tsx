import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { OpenedPackage } from '../../session/usePackageMode';
import { packagePaths } from './PackageModeNav';

/**
 * Where a location leads in package mode: the unit's own page (of the package year), its risks,
 * its risk map, settings, profile and the About page stay; anything else goes to the unit's page. The data layer
 * refuses writes outside the package anyway; this keeps the screens to what can be edited.
 */
export const packageRedirect = (
  opened: OpenedPackage,
  location: { pathname: string; search: string },
): string | null => {
  const { record } = opened;
  const params = new URLSearchParams(location.search);
  const paths = packagePaths(opened);
  const [, section, id] = location.pathname.split('/');
  if (section === 'units')
    return id === record.unitId && params.get('year') === String(record.year) ? null : paths.unit;
  if (section === 'risk-map') return params.get('scope') === record.unitId ? null : paths.riskMap;
  if (['risks', 'settings', 'profile', 'about'].includes(section ?? '')) return null;
  return paths.unit;
};

export const PackageRouteGuard = ({
  opened,
  children,
}: {
  opened: OpenedPackage;
  children: ReactNode;
}) => {
  const location = useLocation();
  const target = packageRedirect(opened, location);
  return target ? <Navigate to={target} replace /> : <>{children}</>;
};
