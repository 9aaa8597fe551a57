import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_SCHEME } from '../../shared/app-identity';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isAppUrl } from './navigation';

/**
 * app:// must be standard (real origin, relative URLs, IndexedDB) and secure (a secure
 * context, like https). It never bypasses CSP: the header below is the policy. corsEnabled
 * stays off on purpose: it would let other origins read app:// responses.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The URL's path as decoded segments, or null when any segment could leave the root or
 * mean something else on another OS: dot segments, encoded separators, drive letters, NUL.
 * Refusing is fine: the bundle's own file names contain none of these.
 */
export function bundleSegments(requestUrl: string): string[] | null {
  if (!isAppUrl(requestUrl)) return null;
  const { pathname } = new URL(requestUrl);
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments.length === 0 ? ['index.html'] : segments;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The real path of the regular file `requestUrl` names strictly inside `rootDir`, or null
 * (a 404). Symlinks are resolved before the containment check, so a link inside the bundle
 * cannot point the handler at the rest of the disk.
 */
export async function resolveAppFile(rootDir: string, requestUrl: string): Promise<string | null> {
  const segments = bundleSegments(requestUrl);
  if (segments === null) return null;
  const root = path.resolve(rootDir);
  const candidate = path.join(root, ...segments);
  if (!isInside(root, candidate)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    return (await fs.stat(realFile)).isFile() ? realFile : null;
  } catch {
    return null;
  }
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export type ProtocolHandlerDeps = { rootDir: string };

/** The handler given to `session.protocol.handle('app', …)`: read-only file serving. */
export function createProtocolHandler(
  deps: ProtocolHandlerDeps,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const filePath = await resolveAppFile(deps.rootDir, request.url);
    if (filePath === null) return notFound();
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = new Uint8Array(await fs.readFile(filePath));
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) },
    });
  };
}
