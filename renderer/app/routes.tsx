import { Navigate, createHashRouter } from 'react-router';
import { AboutScreen } from '../features/about';
import { AuditLogScreen } from '../features/audit';
import { MergePrintScreen, MergeReportScreen, MergeScreen } from '../features/merge';
import { HomeScreen } from '../features/home';
import { PackagesScreen } from '../features/packages';
import { PrintPreviewScreen, ReportsScreen } from '../features/reports';
import { ActionRegisterScreen, RiskRegisterScreen } from '../features/register';
import { ReviewScreen } from '../features/review';
import { YearsScreen } from '../features/years';
import { RiskMapScreen, RiskScreen } from '../features/risks';
import { ProfileScreen, SettingsScreen } from '../features/settings';
import { UnitsScreen } from '../features/units';
import { AppShell } from '../features/shell';
import { NotFoundScreen } from './NotFoundScreen';

/**
 * The route table: one of the few files of app/ that may import features (lint allows it, by
 * name, with the providers and the print routes). Hash routes: the same URLs work under
 * app://valvo/ and any static web server.
 */
export const createAppRouter = () =>
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
