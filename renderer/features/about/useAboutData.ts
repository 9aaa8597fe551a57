import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/desktop-api';
import { usePlatform } from '../../platform/PlatformContext';

export type AppInfoState = {
  /** undefined while asking; null when the shell did not answer. */
  info: AppInfo | null | undefined;
  error: string | null;
};

/** What the shell (or the browser adapter) says about versions, system and folders. */
export const useAppInfo = (): AppInfoState => {
  const platform = usePlatform();
  const [state, setState] = useState<AppInfoState>({ info: undefined, error: null });
  useEffect(() => {
    let isCurrent = true;
    platform.app.info().then(
      (result) => {
        if (!isCurrent) return;
        setState(
          result.ok ? { info: result.value, error: null } : { info: null, error: result.error },
        );
      },
      (error: unknown) =>
        isCurrent &&
        setState({ info: null, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      isCurrent = false;
    };
  }, [platform]);
  return state;
};
