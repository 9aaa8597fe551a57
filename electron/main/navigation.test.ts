import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../shared/app-identity';
import {
  createNavigationGuard,
  denyWindowOpen,
  isAppUrl,
  originOf,
  preventWebviewAttach,
  trustedOrigins,
} from './navigation';

const HOSTILE_URLS = [
  'app://valvo.evil/',
  'app://valvo.evil.com/index.html',
  'app://evil/index.html',
  'app://valvo@evil/index.html',
  'app://user:pass@valvo/index.html',
  'app://valvo:8080/index.html',
  'app://VALVO/index.html',
  'APP://valvo/index.html',
  'App://Valvo.Evil/',
  'app://valvo./',
  'app://valvo%2eevil/',
  'app:valvo/index.html',
  'app:///valvo/index.html',
  'https://valvo/',
  'https://intranet.example.com.evil.com/',
  'http://localhost:5173/',
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)',
  'file:///etc/passwd',
  'file://valvo/index.html',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://valvo/0d5e1c2a',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  ' app://valvo/index.html',
  '',
  'not a url',
];

describe('isAppUrl', () => {
  it.each(HOSTILE_URLS)('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([
    'app://valvo',
    'app://valvo/',
    'app://valvo/index.html',
    'app://valvo/#/risks?year=2025',
    'app://valvo?x=1',
  ])('accepts %j', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it('accepts every path under the app origin', () => {
    fc.assert(
      fc.property(fc.webPath(), (webPath) =>
        isAppUrl(`${APP_ORIGIN}${webPath.startsWith('/') ? '' : '/'}${webPath}`),
      ),
    );
  });

  it('refuses every web URL', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        (url) => !isAppUrl(url),
      ),
    );
  });

  it('refuses app:// URLs on any other host', () => {
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, webPath) => {
        fc.pre(host !== 'valvo');
        return !isAppUrl(`app://${host}/${webPath}`);
      }),
    );
  });

  it('accepts a string only when it starts with the exact origin and a separator', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((tail) => `${APP_ORIGIN}${tail}`),
        ),
        (url) => {
          const rest = url.slice(APP_ORIGIN.length);
          return (
            !isAppUrl(url) ||
            (url.startsWith(APP_ORIGIN) && (rest === '' || '/?#'.includes(rest[0] ?? '')))
          );
        },
      ),
    );
  });

  it('refuses mixed-case spellings of the origin', () => {
    fc.assert(
      fc.property(fc.mixedCase(fc.constant('app://valvo')), (spelling) => {
        fc.pre(spelling !== APP_ORIGIN);
        return !isAppUrl(`${spelling}/index.html`);
      }),
    );
  });
});

describe('originOf', () => {
  it('spells app:// origins although Node reports them as "null"', () => {
    expect(new URL('app://valvo/x').origin).toBe('null');
    expect(originOf('app://valvo/x')).toBe(APP_ORIGIN);
  });
});

describe('trustedOrigins', () => {
  it('trusts only the app origin in packaged builds, whatever the environment says', () => {
    expect(trustedOrigins(true, 'http://localhost:5173')).toEqual([APP_ORIGIN]);
  });

  it('adds a loopback dev server in unpackaged runs', () => {
    expect(trustedOrigins(false, 'http://localhost:5173/')).toEqual([
      APP_ORIGIN,
      'http://localhost:5173',
    ]);
    expect(trustedOrigins(false, 'http://127.0.0.1:5173')).toEqual([
      APP_ORIGIN,
      'http://127.0.0.1:5173',
    ]);
  });

  it.each([
    'https://evil.example',
    'http://localhost.evil.example:5173',
    'http://10.0.0.5:5173',
    'file:///tmp',
    'garbage',
  ])('never trusts %j as a dev server', (url) => {
    expect(trustedOrigins(false, url)).toEqual([APP_ORIGIN]);
  });
});

describe('guards', () => {
  const navigate = (url: string) => {
    const event = { url, preventDefault: vi.fn() };
    createNavigationGuard(isAppUrl)(event);
    return event.preventDefault;
  };

  it.each(HOSTILE_URLS)('blocks navigation to %j', (url) => {
    expect(navigate(url)).toHaveBeenCalledOnce();
  });

  it('lets navigation inside the app proceed', () => {
    expect(navigate('app://valvo/index.html')).not.toHaveBeenCalled();
  });

  it('blocks navigation to any web URL', () => {
    fc.assert(fc.property(fc.webUrl(), (url) => navigate(url).mock.calls.length === 1));
  });

  it('denies every window.open and prevents every webview', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    preventWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
