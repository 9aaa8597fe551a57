import { useEffect, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { Navigate, RouterProvider, createHashRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../shared/desktop-api';
import { installFocusKeeper } from '../components/focusKeeper';
import { NoticeProvider } from '../components/Notice';
import { AboutScreen, reportRendererErrors } from '../features/about';
import { AuditLogScreen } from '../features/audit';
import { MergePrintScreen, MergeReportScreen, MergeScreen } from '../features/merge';
import { HomeScreen } from '../features/home';
import { FirstRunGate } from '../features/onboarding';
import { PackagesScreen } from '../features/packages';
import { PrintPreviewScreen, ReportsScreen } from '../features/reports';
import { ActionRegisterScreen, RiskRegisterScreen } from '../features/register';
import { ReviewScreen } from '../features/review';
import { YearsScreen } from '../features/years';
import { RiskMapScreen, RiskScreen } from '../features/risks';
import { ProfileLanguage, ProfileScreen, SettingsScreen } from '../features/settings';
import { StorageHealthProvider } from '../features/storage';
import { UnitsScreen } from '../features/units';
import { localeOf } from '../i18n/locale';
import { PlatformProvider } from '../platform/PlatformContext';
import { AppShell } from '../features/shell';
import { DatabaseGate } from './DatabaseGate';
import { NotFoundScreen } from './NotFoundScreen';
import { PrintOnlyApp } from './PrintOnlyApp';
import { RepositoryProvider } from '../data/RepositoryProvider';
import { SingleWindowGate } from './SingleWindowGate';

// Hash routes: the same URLs work under app://valvo/ and any static web server.
const createAppRouter = () =>
  createHashRouter([
    { path: 'print/:kind', element: <PrintPreviewScreen /> },
    { path: 'print/merge/:mergeId', element: <MergePrintScreen /> },
    {
      element: <AppShell />,
      children: [
        { index: true, element: <Navigate to="/home" replace /> },
        { path: 'home', element: <HomeScreen /> },
        { path: 'units/:unitId?', element: <UnitsScreen /> },
        { path: 'risks/:riskId', element: <RiskScreen /> },
        { path: 'risk-map', element: <RiskMapScreen /> },
        { path: 'register', element: <ActionRegisterScreen /> },
        { path: 'register/risks', element: <RiskRegisterScreen /> },
        { path: 'reports', element: <ReportsScreen /> },
        { path: 'review', element: <ReviewScreen /> },
        { path: 'years', element: <YearsScreen /> },
        { path: 'audit', element: <AuditLogScreen /> },
        { path: 'packages', element: <PackagesScreen /> },
        { path: 'merge', element: <MergeScreen /> },
        { path: 'merge/:mergeId', element: <MergeReportScreen /> },
        { path: 'settings', element: <SettingsScreen /> },
        { path: 'profile', element: <ProfileScreen /> },
        { path: 'about', element: <AboutScreen /> },
        { path: '*', element: <NotFoundScreen /> },
      ],
    },
  ]);

/** A window opened only to render a report to PDF (`output=pdf`): read-only, no lock, no first run. */
const isPdfWindow = () =>
  window.location.hash.startsWith('#/print/') && window.location.hash.includes('output=pdf');

export const App = ({ platform }: { platform: DesktopApi }) => {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  // Uncaught errors reach the shell's log file (the console in a browser).
  useEffect(() => reportRendererErrors(window, platform.diagnostics), [platform]);
  // Focus never falls to the page body when a dialog closes or a control leaves the page.
  useEffect(() => installFocusKeeper(), []);
  const [router] = useState(() => (isPdfWindow() ? null : createAppRouter()));
  if (!router) {
    return (
      <I18nProvider locale={locale}>
        <DatabaseGate>
          <ProfileLanguage>
            <PrintOnlyApp />
          </ProfileLanguage>
        </DatabaseGate>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider locale={locale}>
      <PlatformProvider api={platform}>
        <SingleWindowGate>
          <DatabaseGate>
            <ProfileLanguage>
              <RepositoryProvider>
                <StorageHealthProvider>
                  <NoticeProvider>
                    <FirstRunGate>
                      <RouterProvider router={router} />
                    </FirstRunGate>
                  </NoticeProvider>
                </StorageHealthProvider>
              </RepositoryProvider>
            </ProfileLanguage>
          </DatabaseGate>
        </SingleWindowGate>
      </PlatformProvider>
    </I18nProvider>
  );
};
