import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The greps of issue 15's "Done means", over the source as it is: they hold whether or not a
 * file escaped lint (a disable comment, a path lint does not see). Each lists what it found.
 */
const ROOT = resolve(import.meta.dirname, '../..');

const sourceFiles = (folder: string): string[] =>
  readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|mjs|js)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Every module a file names in an import, export … from, import() or require(). */
const specifiers = (text: string) =>
  [
    ...text.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g,
    ),
  ].map((match) => match[1] ?? '');

const RENDERER = sourceFiles('renderer');

describe("issue 15's layer greps", () => {
  it('find no .tsx file that calls useDatabase(', () => {
    const calls = RENDERER.filter(
      (path) => path.endsWith('.tsx') && read(path).includes('useDatabase('),
    );
    expect(calls).toEqual([]);
  });

  it('find no import of dexie outside renderer/data/', () => {
    const outside = ['renderer', 'shared', 'electron', 'e2e']
      .flatMap(sourceFiles)
      .filter((path) => !path.startsWith('renderer/data/'))
      .filter((path) => specifiers(read(path)).some((name) => /^dexie($|[-/])/.test(name)));
    expect(outside).toEqual([]);
  });

  it('find no file of renderer/app/ importing renderer/features/ but the route tables and the providers', () => {
    const importers = RENDERER.filter((path) => path.startsWith('renderer/app/'))
      .filter((path) => specifiers(read(path)).some((name) => /(^|\/)features(\/|$)/.test(name)))
      .sort();
    expect(importers).toEqual([
      'renderer/app/AppProviders.tsx',
      'renderer/app/PrintOnlyApp.tsx',
      'renderer/app/routes.tsx',
    ]);
  });

  it('find no file of renderer/features/ importing renderer/app/', () => {
    const importers = RENDERER.filter((path) => path.startsWith('renderer/features/')).filter(
      (path) => specifiers(read(path)).some((name) => /(^|\/)app(\/|$)/.test(name)),
    );
    expect(importers).toEqual([]);
  });
});
