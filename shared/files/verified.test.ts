import { describe, expect, expectTypeOf, it } from 'vitest';
import { readBackupText } from '../backup/read';
import type { VerifiedBackup } from '../backup/read';
import type { BackupDocument } from '../backup/format';
import type { Verified } from './verified';

/** Every source file shipped or used by the app (tests and test helpers left out), as text. */
const SOURCES = import.meta.glob<string>(
  [
    '../../{shared,renderer,electron,e2e}/**/*.{ts,tsx}',
    '!**/*.test.{ts,tsx}',
    '!**/*.test-support.ts',
    '!**/node_modules/**',
  ],
  { query: '?raw', import: 'default', eager: true },
);

/**
 * The modules that may turn a value into a Verified one: the strict JSON reader, the row
 * import's plan (a CSV or XLSX file checked row by row), and the benchmark, which loads its
 * synthetic data set through the restore without a file.
 */
const MINTERS = [
  'shared/files/strict-json.ts',
  'shared/imports/action-import-plan.ts',
  'e2e/perf/harness/benchHarness.ts',
];
const ROOT = new URL('../../', import.meta.url).pathname;
const fromRoot = (path: string) => new URL(path, import.meta.url).pathname.slice(ROOT.length);

describe('Verified values', () => {
  it('are made only by the readers of files from outside', () => {
    const minters = Object.entries(SOURCES)
      .filter(([, text]) => /\bmarkVerified\(/.test(text))
      .map(([path]) => fromRoot(path))
      .filter((path) => path !== 'shared/files/verified.ts');
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    expect(minters.sort()).toEqual([...MINTERS].sort());
  });

  it('cannot be made of plain data, nor survive an edit of a verified value', () => {
    const restore = (document: VerifiedBackup) => document.tables;
    // Type checks only (npm run typecheck): each call below fails to compile without its line.
    const unverifiedCalls = (plain: BackupDocument, verified: VerifiedBackup) => {
      restore(verified);
      // @ts-expect-error data no reader checked is not Verified
      restore(plain);
      // @ts-expect-error a copy with a part replaced is no longer the file that was checked
      restore({ ...verified, tables: plain.tables });
      // @ts-expect-error nor is a plain object of the right shape
      restore({ ...plain });
    };
    expect(unverifiedCalls).toBeTypeOf('function');
    expectTypeOf<Verified<BackupDocument>>().toExtend<BackupDocument>();
    expectTypeOf<BackupDocument>().not.toExtend<Verified<BackupDocument>>();
    // At run time the reader is the way in, and it gives nothing verified for a stray file.
    expect(readBackupText('{}', 1)).toMatchObject({ ok: false });
  });
});
