import type { MouseEvent } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAutomaticBackups } from '../backups';
import { PackageBanner, PackageModeNav, PackageRouteGuard } from '../packages';
import { useOpenedPackage } from '../../session/usePackageMode';
import { useOrganisation, useProfile } from '../../session/useProfile';

const focusMain = (event: MouseEvent<HTMLAnchorElement>) => {
  // The hash belongs to the router; move focus without navigating.
  event.preventDefault();
  document.getElementById('main')?.focus();
};

/** The frame around every screen: skip link, header with organisation and profile, main navigation. */
export const AppShell = () => {
  const { t } = useTranslation();
  const organisation = useOrganisation();
  const profile = useProfile();
  // While a unit package is open, this Valvo shows that unit's pages only.
  const openedPackage = useOpenedPackage();
  useAutomaticBackups();
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__name">{t('app.name')}</span>
          <span className="shell__tagline">{t('app.tagline')}</span>
        </div>
        <div className="shell__context">
          <span className="shell__organisation">{organisation?.name}</span>
          {organisation?.isExample && <span className="badge">{t('app.exampleBadge')}</span>}
          {profile && (
            <span className="shell__profile">
              {t('app.profileLabel', { name: profile.name, role: t(`roles.${profile.role}`) })}
            </span>
          )}
        </div>
        {openedPackage ? (
          <PackageModeNav opened={openedPackage} />
        ) : (
          <nav aria-label={t('app.mainNavigation')} className="shell__nav">
            <NavLink to="/home">{t('worklists.home.nav')}</NavLink>
            <NavLink to="/units">{t('nav.units')}</NavLink>
            <NavLink to="/register">{t('register.nav')}</NavLink>
            <NavLink to="/risk-map">{t('nav.riskMap')}</NavLink>
            <NavLink to="/review">{t('nav.review')}</NavLink>
            <NavLink to="/reports">{t('nav.reports')}</NavLink>
            <NavLink to="/years">{t('nav.years')}</NavLink>
            {profile?.role === 'controller' && (
              <NavLink to="/packages">{t('packages.nav')}</NavLink>
            )}
            {profile?.role === 'controller' && <NavLink to="/merge">{t('merge.nav')}</NavLink>}
            <NavLink to="/audit">{t('audit.heading')}</NavLink>
            <NavLink to="/settings">{t('nav.settings')}</NavLink>
            <NavLink to="/profile">{t('nav.profile')}</NavLink>
            <NavLink to="/about">{t('about.nav')}</NavLink>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="shell__main">
        {openedPackage && <PackageBanner opened={openedPackage} />}
        {openedPackage === undefined ? null : openedPackage ? (
          <PackageRouteGuard opened={openedPackage}>
            <Outlet />
          </PackageRouteGuard>
        ) : (
          <Outlet />
        )}
      </main>
    </div>
  );
};
