import { APP_ORIGIN } from '../../shared/app-identity';

/**
 * The origin of `url` as `scheme://host[:port]`, or null when it has none or carries
 * credentials. Node's `URL#origin` is the string "null" for non-special schemes such as
 * `app:`, so comparing `new URL(url).origin` with APP_ORIGIN would never match.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * True when `url` belongs to one of `origins`, spelled exactly as Chromium spells it.
 * Chromium hands the shell canonical URLs, so any other spelling (upper-case host, a port,
 * credentials) is suspect and refused rather than normalised.
 */
export function isUrlFromOrigins(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  if (origin === null || !origins.includes(origin)) return false;
  const rest = url.slice(origin.length);
  return url.startsWith(origin) && (rest === '' || /^[/?#]/.test(rest));
}

export function isAppUrl(url: string): boolean {
  return isUrlFromOrigins(url, [APP_ORIGIN]);
}

/**
 * The origins the renderer may be loaded from. The electron-vite dev server is trusted only
 * in unpackaged runs and only on a loopback address, so a stray environment variable on a
 * user's machine cannot point the packaged app at a remote page.
 */
export function trustedOrigins(isPackaged: boolean, devServerUrl: string | undefined): string[] {
  if (isPackaged || devServerUrl === undefined) return [APP_ORIGIN];
  const origin = originOf(devServerUrl);
  const isLoopback =
    origin !== null && /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin);
  return isLoopback ? [APP_ORIGIN, origin] : [APP_ORIGIN];
}

export type PreventableEvent = { preventDefault(): void };
export type NavigationEvent = PreventableEvent & { readonly url: string };

/** For will-navigate, will-frame-navigate and will-redirect: stay inside the trusted origins. */
export function createNavigationGuard(isAllowed: (url: string) => boolean) {
  return (event: NavigationEvent): void => {
    if (!isAllowed(event.url)) event.preventDefault();
  };
}

/** window.open and target=_blank never create windows: every window comes from createWindow. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** <webview> would embed a page outside our webPreferences; refuse it outright. */
export function preventWebviewAttach(event: PreventableEvent): void {
  event.preventDefault();
}
