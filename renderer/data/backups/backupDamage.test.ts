import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BackupDocument } from '../../../shared/backup/format';
import { backupContentHash, serializeBackup } from '../../../shared/backup/format';
import type { VerifiedBackup } from '../../../shared/backup/read';
import { randomBytes } from '../../../shared/files/bytes.test-support';
import type { ValvoDatabase } from '../core/database';
import type { testContext } from '../../test/testDatabase';
import { openTestDatabase } from '../../test/testDatabase';
import { importBackup } from './backupService';
import { buildBase, restoreBase, tablesOf } from './backupTestSupport';
import { readBackup } from './readBackup';

const opened: ValvoDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

let base: VerifiedBackup;
beforeAll(async () => {
  base = await buildBase();
}, 90_000);

const restoredBase = () => {
  const db = openTestDatabase();
  opened.push(db);
  return restoreBase(db, base);
};

/** Mutations of a valid file; each must be refused with located problems and change nothing. */
type Mutation = (file: string, raw: Record<string, unknown>) => string;

const recordPaths = (raw: Record<string, unknown>) => {
  const tables = raw.tables as Record<string, Record<string, unknown>[]>;
  return Object.entries(tables).flatMap(([name, rows]) =>
    rows.map((row, index) => ({ name, index, row })),
  );
};

/** Re-serialises with a freshly computed content hash, so only the deeper checks can refuse it. */
const withFreshHash = (raw: Record<string, unknown>) => {
  const body = { ...raw };
  delete body.contentSha256;
  return JSON.stringify({
    ...body,
    contentSha256: backupContentHash(body as Omit<BackupDocument, 'contentSha256'>),
  });
};

const WRONG_VALUES: unknown[] = [42, 'teksti', true, null, [], {}, -1.5, '2026-13-45'];

const wrongType = (pick: number, field: number, value: number, rehash: boolean): Mutation => {
  return (_file, raw) => {
    const records = recordPaths(raw);
    const { row } = records[pick % records.length]!;
    const keys = Object.keys(row);
    const key = keys[field % keys.length]!;
    const original = row[key];
    let replacement = WRONG_VALUES[value % WRONG_VALUES.length];
    // Same type is no damage, and neither is null where the field may be empty (a unit's
    // parent, a row's deadline): the value then becomes one of another type.
    // An array is only replaced by what is not an array (an empty list for an empty list
    // changed nothing: fast-check found it with seed -1239719781).
    const sameType = Array.isArray(original)
      ? Array.isArray(replacement)
      : typeof replacement === typeof original && !Array.isArray(replacement);
    if (sameType || replacement === null) {
      replacement = typeof original === 'number' ? 'luku' : 12345;
    }
    row[key] = replacement;
    return rehash ? withFreshHash(raw) : JSON.stringify(raw);
  };
};

const hugeString =
  (pick: number, field: number, rehash: boolean): Mutation =>
  (_file, raw) => {
    const records = recordPaths(raw);
    const { row } = records[pick % records.length]!;
    const keys = Object.keys(row).filter((key) => typeof row[key] === 'string');
    row[keys[field % keys.length]!] = 'x'.repeat(5 * 1024 * 1024);
    return rehash ? withFreshHash(raw) : JSON.stringify(raw);
  };

const prototypeKey =
  (pick: number, key: string, atRoot: boolean, rehash: boolean): Mutation =>
  (_file, raw) => {
    const records = recordPaths(raw);
    const { row } = records[pick % records.length]!;
    const target = atRoot ? raw : row;
    // JSON.parse makes "__proto__" an own key; build the same by text so nothing is polluted here.
    const marker = '"__MARKER__"';
    Object.defineProperty(target, '__MARKER__', { value: 1, enumerable: true });
    const text = rehash ? withFreshHash(raw) : JSON.stringify(raw);
    return text.replace(`${marker}:1`, `"${key}":{"polluted":true}`);
  };

const mutationArbitrary: fc.Arbitrary<{ label: string; mutate: Mutation }> = fc.oneof(
  fc.nat().map((cut) => ({
    label: `truncated at ${cut}`,
    mutate: (file: string) => file.slice(0, cut % file.length),
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()).map(([pick, field, value, rehash]) => ({
    label: `wrong type ${pick}/${field}/${value}/${rehash}`,
    mutate: wrongType(pick, field, value, rehash),
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([pick, field, rehash]) => ({
    label: `5 MB string ${pick}/${field}/${rehash}`,
    mutate: hugeString(pick, field, rehash),
  })),
  fc
    .oneof(fc.integer({ min: 2, max: 1_000 }), fc.integer({ min: -5, max: 0 }))
    .chain((version) => fc.tuple(fc.constant(version), fc.boolean()))
    .map(([version, rehash]) => ({
      label: `formatVersion ${version}/${rehash}`,
      mutate: (_file: string, raw: Record<string, unknown>) => {
        raw.formatVersion = version;
        return rehash ? withFreshHash(raw) : JSON.stringify(raw);
      },
    })),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 6 })).map(([offset, bit]) => ({
    label: `flipped byte ${offset}/${bit}`,
    mutate: (file: string) => {
      const start = file.indexOf('"tables":') + '"tables":'.length + 1;
      const end = file.lastIndexOf(',"contentSha256"');
      let at = start + (offset % (end - start));
      while (file.charCodeAt(at) > 0x7e) at -= 1;
      const flipped = String.fromCharCode(file.charCodeAt(at) ^ (1 << bit));
      return `${file.slice(0, at)}${flipped}${file.slice(at + 1)}`;
    },
  })),
  fc
    .tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean())
    .chain(([pick, key, atRoot]) =>
      fc.tuple(fc.constant([pick, key, atRoot] as const), fc.boolean()),
    )
    .map(([[pick, key, atRoot], rehash]) => ({
      label: `${key} in ${atRoot ? 'root' : `record ${pick}`}/${rehash}`,
      mutate: prototypeKey(pick, key, atRoot, rehash),
    })),
);

/** What the UI does with a chosen file: read it completely, and only then import. */
const attemptImport = async (
  db: ValvoDatabase,
  context: ReturnType<typeof testContext>,
  file: string,
) => {
  const parsed = readBackup(file);
  if (parsed.ok) {
    await importBackup(db, context, parsed.document);
    return [];
  }
  return parsed.problems;
};

// The property test restores 120 damaged copies of the whole example register: CPU-bound and slow on a busy machine.
describe('a damaged or hostile backup file', { timeout: 90_000 }, () => {
  it('is refused with located problems and leaves the database unchanged', async () => {
    const { db, context } = await restoredBase();
    const before = await tablesOf(db);
    const file = serializeBackup(base);
    await fc.assert(
      fc.asyncProperty(mutationArbitrary, async ({ label, mutate }) => {
        const raw = JSON.parse(file) as Record<string, unknown>;
        const damaged = mutate(file, raw);
        expect(damaged, label).not.toBe(file);
        const problems = await attemptImport(db, context, damaged);
        expect(problems.length, label).toBeGreaterThan(0);
        for (const problem of problems) {
          expect(problem.path, label).toMatch(/\S/);
          expect(problem.message, label).toMatch(/^backup\.errors\.[A-Za-z]+/);
        }
      }),
      { numRuns: 120 },
    );
    expect(await tablesOf(db)).toEqual(before);
    expect({}).not.toHaveProperty('polluted');
  });

  it('gives random bytes and other JSON one problem each, in words', () => {
    const random = new TextDecoder().decode(randomBytes(2 * 1024 * 1024));
    expect(readBackup(random)).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'backup.errors.notText' }],
    });
    for (const other of ['{"a":1}', '[1,2]', '42', '{"format":"valvo-unit-package"}']) {
      expect(readBackup(other)).toEqual({
        ok: false,
        problems: [{ path: 'format', message: 'backup.errors.notBackup' }],
      });
    }
  });

  it('names each problem where it is', () => {
    const raw = JSON.parse(serializeBackup(base)) as Record<string, unknown>;
    const tables = raw.tables as Record<string, Record<string, unknown>[]>;
    tables.units![2]!.name = 'x'.repeat(5 * 1024 * 1024);
    tables.risks![1]!.owner = 7;
    const parsed = readBackup(withFreshHash(raw));
    expect(parsed).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { path: 'tables.units[2].name', message: 'backup.errors.badRecord' },
        { path: 'tables.risks[1].owner', message: 'backup.errors.badRecord' },
      ]),
    });
    const truncated = readBackup('{"format":"valvo-backup",\n"formatVe');
    expect(truncated).toMatchObject({
      ok: false,
      problems: [{ path: expect.stringMatching(/^2:\d+$/) }],
    });
    const extra = JSON.parse(serializeBackup(base)) as Record<string, unknown>;
    (extra.tables as Record<string, Record<string, unknown>[]>).units![0]!.extra = 'x';
    expect(readBackup(JSON.stringify(extra))).toMatchObject({
      ok: false,
      problems: [{ path: 'tables.units[0].extra', message: 'backup.errors.unknownField' }],
    });
    // A prototype key inside a record, hash untouched: the schema alone would drop it silently.
    const file = serializeBackup(base);
    const firstUnit = file.indexOf('{', file.indexOf('"units":['));
    const polluted = `${file.slice(0, firstUnit + 1)}"__proto__":{"isAdmin":true},${file.slice(firstUnit + 1)}`;
    expect(readBackup(polluted)).toEqual({
      ok: false,
      problems: [{ path: 'tables.units[0].__proto__', message: 'backup.errors.forbiddenKey' }],
    });
    const dangling = JSON.parse(serializeBackup(base)) as Record<string, unknown>;
    (dangling.tables as Record<string, Record<string, unknown>[]>).risks![0]!.unitId =
      '00000000-0000-4000-8000-ffffffffffff';
    expect(readBackup(withFreshHash(dangling))).toMatchObject({
      ok: false,
      problems: [{ path: 'tables.risks[0].unitId', message: 'backup.errors.danglingReference' }],
    });
    // An indicator whose row is not in the file would belong to nothing.
    const orphan = JSON.parse(serializeBackup(base)) as Record<string, unknown>;
    (orphan.tables as Record<string, Record<string, unknown>[]>).indicators![0]!.actionId =
      '00000000-0000-4000-8000-ffffffffffff';
    expect(readBackup(withFreshHash(orphan))).toMatchObject({
      ok: false,
      problems: [
        { path: 'tables.indicators[0].actionId', message: 'backup.errors.danglingReference' },
      ],
    });
  });
});
