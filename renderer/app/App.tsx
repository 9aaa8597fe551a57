import { useEffect, useState } from 'react';
import { I18nProvider } from 'react-aria-components';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DesktopApi } from '../../shared/desktop-api';
import { installFocusKeeper } from '../components/focusKeeper';
import { localeOf } from '../i18n/locale';
import { reportRendererErrors } from '../platform/reportRendererErrors';
// The route table first: the screens' style sheets keep the order they always had in the bundle.
import { createAppRouter } from './routes';
import { AppProviders, PrintOnlyProviders } from './AppProviders';
import { PrintOnlyApp } from './PrintOnlyApp';

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
        <PrintOnlyProviders>
          <PrintOnlyApp />
        </PrintOnlyProviders>
      </I18nProvider>
    );
  }
  return (
    <I18nProvider locale={locale}>
      <AppProviders platform={platform}>
        <RouterProvider router={router} />
      </AppProviders>
    </I18nProvider>
  );
};
