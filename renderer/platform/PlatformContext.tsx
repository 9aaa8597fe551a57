import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { DesktopApi } from '../../shared/desktop-api';

const PlatformContext = createContext<DesktopApi | null>(null);

export const PlatformProvider = ({ api, children }: { api: DesktopApi; children: ReactNode }) => (
  <PlatformContext.Provider value={api}>{children}</PlatformContext.Provider>
);

export const usePlatform = (): DesktopApi => {
  const api = useContext(PlatformContext);
  if (!api) throw new Error('usePlatform outside PlatformProvider');
  return api;
};

/** The platform when a provider gives one (the print-only window has none). */
export const useOptionalPlatform = (): DesktopApi | null => useContext(PlatformContext);
