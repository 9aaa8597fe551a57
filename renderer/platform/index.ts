import type { DesktopApi } from '../../shared/desktop-api';
import { createWebApi } from './web';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Set by the desktop shell's preload; absent in a plain browser. */
    desktop?: DesktopApi;
  }
}

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

/** The desktop implementation when the shell provided one, otherwise the web one. */
export const pickPlatform = (target: Pick<Window, 'desktop'> = window): DesktopApi =>
  target.desktop ?? createWebApi(APP_VERSION);
