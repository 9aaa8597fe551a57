import { useEffect, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { Navigate, RouterProvider, createHashRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../shared/desktop-api';
import { NoticeProvider } from '../components/Notice';
import { DatabaseProvider } from '../db/DatabaseProvider';
import { AuditLogScreen } from '../features/audit/AuditLogScreen';
import { MergePrintScreen } from '../features/merge/MergePrintScreen';
import { MergeReportScreen } from '../features/merge/MergeReportScreen';
import { MergeScreen } from '../features/merge/MergeScreen';
import { FirstRunGate } from '../features/onboarding/FirstRunGate';
import { PackagesScreen } from '../features/packages/PackagesScreen';
import { PrintPreviewScreen } from '../features/reports/PrintPreviewScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { YearsScreen } from '../features/years/YearsScreen';
import { RiskMapScreen } from '../features/risks/RiskMapScreen';
import { RiskScreen } from '../features/risks/RiskScreen';
import { ProfileScreen } from '../features/settings/ProfileScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { StorageHealthProvider } from '../features/storage/StorageHealthProvider';
import { UnitsScreen } from '../features/units/UnitsScreen';
import { PlatformProvider } from '../platform/PlatformContext';
import { AppShell } from './AppShell';
import { NotFoundScreen } from './NotFoundScreen';
import { PrintOnlyApp } from './PrintOnlyApp';
import { RepositoryProvider } from './RepositoryProvider';
import { SingleWindowGate } from './SingleWindowGate';

const ARIA_LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

// Hash routes: the same URLs work under app://valvo/ and any static web server.
const createAppRouter = () =>
  createHashRouter([
    { path: 'print/:kind', element: <PrintPreviewScreen /> },
    { path: 'print/merge/:mergeId', element: <MergePrintScreen /> },
    {
      element: <AppShell />,
      children: [
        { index: true, element: <Navigate to="/units" replace /> },
        { path: 'units/:unitId?', element: <UnitsScreen /> },
        { path: 'risks/:riskId', element: <RiskScreen /> },
        { path: 'risk-map', element: <RiskMapScreen /> },
        { path: 'reports', element: <ReportsScreen /> },
        { path: 'review', element: <ReviewScreen /> },
        { path: 'years', element: <YearsScreen /> },
        { path: 'audit', element: <AuditLogScreen /> },
        { path: 'packages', element: <PackagesScreen /> },
        { path: 'merge', element: <MergeScreen /> },
        { path: 'merge/:mergeId', element: <MergeReportScreen /> },
        { path: 'settings', element: <SettingsScreen /> },
        { path: 'profile', element: <ProfileScreen /> },
        { path: '*', element: <NotFoundScreen /> },
      ],
    },
  ]);

/** A window opened only to render a report to PDF (`output=pdf`): read-only, no lock, no first run. */
const isPdfWindow = () =>
  window.location.hash.startsWith('#/print/') && window.location.hash.includes('output=pdf');

export const App = ({ platform }: { platform: DesktopApi }) => {
  const { i18n } = useTranslation();
  const locale = ARIA_LOCALES[i18n.language as keyof typeof ARIA_LOCALES] ?? 'fi-FI';
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  const [router] = useState(() => (isPdfWindow() ? null : createAppRouter()));
  if (!router) {
    return (
      <I18nProvider locale={locale}>
        <DatabaseProvider>
          <PrintOnlyApp />
        </DatabaseProvider>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider locale={locale}>
      <PlatformProvider api={platform}>
        <SingleWindowGate>
          <DatabaseProvider>
            <RepositoryProvider>
              <StorageHealthProvider>
                <NoticeProvider>
                  <FirstRunGate>
                    <RouterProvider router={router} />
                  </FirstRunGate>
                </NoticeProvider>
              </StorageHealthProvider>
            </RepositoryProvider>
          </DatabaseProvider>
        </SingleWindowGate>
      </PlatformProvider>
    </I18nProvider>
  );
};
