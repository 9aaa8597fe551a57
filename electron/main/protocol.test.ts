import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createProtocolHandler,
  resolveAppFile,
} from './protocol';

let sandbox: string;
let root: string;
let realRoot: string;

// A bundle with a symlinked file and a symlinked folder that both point outside it.
beforeAll(async () => {
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'valvo-protocol-'));
  root = path.join(sandbox, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Valvo</title>');
  await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fs.writeFile(path.join(root, 'assets', 'ääkköset tiedosto.svg'), '<svg/>');
  await fs.writeFile(path.join(sandbox, 'secret.txt'), 'secret');
  await fs.mkdir(path.join(sandbox, 'outside'));
  await fs.writeFile(path.join(sandbox, 'outside', 'data.txt'), 'secret');
  await fs.symlink(path.join(sandbox, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
  await fs.symlink(path.join(sandbox, 'outside'), path.join(root, 'linked'));
  await fs.symlink(path.join(root, 'index.html'), path.join(root, 'alias.html'));
  realRoot = await fs.realpath(root);
});

afterAll(async () => {
  await fs.rm(sandbox, { recursive: true, force: true });
});

describe('resolveAppFile', () => {
  it('maps / to index.html and paths to files inside the root', async () => {
    expect(await resolveAppFile(root, 'app://valvo/')).toBe(path.join(realRoot, 'index.html'));
    expect(await resolveAppFile(root, 'app://valvo')).toBe(path.join(realRoot, 'index.html'));
    expect(await resolveAppFile(root, 'app://valvo/assets/app.js?v=1#x')).toBe(
      path.join(realRoot, 'assets', 'app.js'),
    );
    expect(
      await resolveAppFile(root, 'app://valvo/assets/%C3%A4%C3%A4kk%C3%B6set%20tiedosto.svg'),
    ).toBe(path.join(realRoot, 'assets', 'ääkköset tiedosto.svg'));
  });

  it('follows a symlink that stays inside the root', async () => {
    expect(await resolveAppFile(root, 'app://valvo/alias.html')).toBe(
      path.join(realRoot, 'index.html'),
    );
  });

  it.each([
    'app://valvo/assets/leak.txt',
    'app://valvo/linked/data.txt',
    'app://valvo/../secret.txt',
    'app://valvo/%2e%2e/secret.txt',
    'app://valvo/%2E%2E/secret.txt',
    'app://valvo/assets/..%2f..%2fsecret.txt',
    'app://valvo/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://valvo/..%5c..%5csecret.txt',
    'app://valvo/assets\\..\\..\\secret.txt',
    'app://valvo/{sandbox-encoded}%2fsecret.txt',
    'app://valvo//{sandbox}/secret.txt',
    'app://valvo/C:%5CWindows%5Cwin.ini',
    'app://valvo/index.html%00.png',
    'app://valvo/%E0%A4%A',
    'app://valvo/assets',
    'app://valvo/missing.js',
    'app://evil/index.html',
    'app://valvo.evil/index.html',
    'file:///etc/passwd',
    'https://valvo/index.html',
  ])('returns null (404) for %s', async (template) => {
    // The sandbox path exists only once beforeAll ran, after the table was built.
    const url = template
      .replace('{sandbox-encoded}', encodeURIComponent(sandbox))
      .replace('{sandbox}', sandbox);
    expect(await resolveAppFile(root, url)).toBeNull();
  });

  it('never resolves outside the root, whatever the path', async () => {
    // Traversal tricks and arbitrary bytes, then a real target (in, out, or behind a symlink),
    // so escapes are reachable rather than astronomically rare.
    const trick = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '%2E%2e',
        '%2f',
        '%5c',
        '\\',
        '..\\',
        '%00',
        '\0',
        'C:',
        '~',
        'assets',
        'ä',
        '%C3%A4',
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 12 }),
    );
    const target = fc.constantFrom(
      ['assets', 'leak.txt'],
      ['linked', 'data.txt'],
      ['outside', 'data.txt'],
      ['secret.txt'],
      ['index.html'],
      [],
    );
    const segments = fc
      .tuple(fc.array(trick, { maxLength: 3 }), target)
      .map(([tricks, end]) => [...tricks, ...end]);
    await fc.assert(
      fc.asyncProperty(
        segments,
        fc.constantFrom('/', '\\', '//', '%2f'),
        async (parts, separator) => {
          const resolved = await resolveAppFile(root, `app://valvo/${parts.join(separator)}`);
          return resolved === null || resolved.startsWith(realRoot + path.sep);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('createProtocolHandler', () => {
  const handle = (url: string, method = 'GET') =>
    createProtocolHandler({ rootDir: root })(new Request(url, { method }));

  it('serves files with their content type and the CSP header', async () => {
    const page = await handle('app://valvo/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Valvo</title>');

    const script = await handle('app://valvo/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404, still with the CSP header, for anything it will not serve', async () => {
    for (const url of [
      'app://valvo/missing.js',
      'app://valvo/assets/leak.txt',
      'app://valvo/%2e%2e/secret.txt',
    ]) {
      const response = await handle(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).not.toContain('secret');
    }
  });

  it('is read-only: HEAD has no body, other methods get 404', async () => {
    const head = await handle('app://valvo/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle('app://valvo/index.html', 'POST')).status).toBe(404);
  });
});

describe('scheme registration and content types', () => {
  it('registers app:// as standard, secure and fetchable, without bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toStrictEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });

  it('names the types Chromium needs to run the bundle', () => {
    expect(contentTypeFor('a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});
