import type { ReactNode } from 'react';
import type { DesktopApi } from '../../shared/desktop-api';
import { NoticeProvider } from '../components/Notice';
import { RepositoryProvider } from '../data/RepositoryProvider';
import { FirstRunGate } from '../features/onboarding';
import { ProfileLanguage } from '../features/settings';
import { StorageHealthProvider } from '../features/storage';
import { PlatformProvider } from '../platform/PlatformContext';
import { DatabaseGate } from './DatabaseGate';
import { SingleWindowGate } from './SingleWindowGate';

/**
 * The providers and gates around the main window's routes, outermost first. With the route
 * tables, the only files of app/ that may import features (lint allows them by name).
 */
export const AppProviders = ({
  platform,
  children,
}: {
  platform: DesktopApi;
  children: ReactNode;
}) => (
  <PlatformProvider api={platform}>
    <SingleWindowGate>
      <DatabaseGate>
        <ProfileLanguage>
          <RepositoryProvider>
            <StorageHealthProvider>
              <NoticeProvider>
                <FirstRunGate>{children}</FirstRunGate>
              </NoticeProvider>
            </StorageHealthProvider>
          </RepositoryProvider>
        </ProfileLanguage>
      </DatabaseGate>
    </SingleWindowGate>
  </PlatformProvider>
);

/** The providers of a window that only renders a report to PDF: it reads, never writes. */
export const PrintOnlyProviders = ({ children }: { children: ReactNode }) => (
  <DatabaseGate>
    <ProfileLanguage>{children}</ProfileLanguage>
  </DatabaseGate>
);
