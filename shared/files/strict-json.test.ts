import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readBackupText } from '../backup/read';
import { LATEST_SCHEMA_VERSION } from '../backup/versions';
import { serializeUnitPackage } from '../packages/format';
import { buildPackage, records, unitRow } from '../packages/packages.test-support';
import { parseUnitPackage } from '../packages/parse';
import { randomBytes } from './bytes.test-support';
import type { StrictJsonSpec } from './strict-json';
import { MAX_DEPTH, MAX_STRING_LENGTH, readStrictJson } from './strict-json';
import type { FileProblem } from './verified';

const RowSchema = z.object({ objective: z.string().max(100), rev: z.number().int() });
const FileSchema = z.object({
  title: z.string(),
  records: z.object({ controlActions: z.array(RowSchema) }),
  notes: z.unknown().optional(),
});
type TestFile = z.infer<typeof FileSchema>;

const spec: StrictJsonSpec<TestFile> = {
  messages: 'test.errors',
  maxBytes: 10_000,
  maxProblems: 5,
  parse: (raw) => {
    const parsed = FileSchema.safeParse(raw);
    if (parsed.success) return { ok: true, value: parsed.data };
    const problems = parsed.error.issues.map((issue) => ({
      path: issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('')
        .replace(/^\./, ''),
      message: 'test.errors.badRecord',
    }));
    return { ok: false, problems };
  },
  check: (value) =>
    value.title === 'hylätty' ? [{ path: 'title', message: 'test.errors.refused' }] : [],
};

const row = (objective = 'Tavoite', rev = 1) => ({ objective, rev });
const file = (rows: readonly unknown[] = [row()], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: 'Tiedosto', records: { controlActions: rows }, ...extra });
const read = (text: string, overrides: Partial<StrictJsonSpec<TestFile>> = {}) =>
  readStrictJson(text, { ...spec, ...overrides });
const problemsOf = (text: string, overrides: Partial<StrictJsonSpec<TestFile>> = {}) => {
  const result = read(text, overrides);
  return result.ok ? [] : result.problems;
};

describe('the strict JSON reader', () => {
  it('gives the parsed value of a whole file', () => {
    expect(read(file([row(), row('Toinen', 2)]))).toEqual({
      ok: true,
      value: { title: 'Tiedosto', records: { controlActions: [row(), row('Toinen', 2)] } },
    });
  });

  it('refuses a file over its byte limit, counting UTF-8 bytes', () => {
    const tooLarge = [{ path: '$', message: 'test.errors.tooLarge' }];
    expect(problemsOf(file([row('x'.repeat(10_001))]))).toEqual(tooLarge);
    // 5,000 characters, but 10,000 bytes and more.
    expect(problemsOf(file([row('ä'.repeat(5_000))]))).toEqual(tooLarge);
  });

  it('tells bytes that are not text from text that is not JSON, and places the error', () => {
    expect(problemsOf(new TextDecoder().decode(randomBytes(5_000)))).toEqual([
      { path: '$', message: 'test.errors.notText' },
    ]);
    const broken = '{"title": "x",\n "records": {"controlActions": [}}';
    const [atFile] = problemsOf(broken);
    expect(atFile?.path).toBe('$');
    expect(atFile?.message).toMatch(/^test\.errors\.notJson\?detail=\S+/);
    expect(problemsOf(broken, { syntaxErrorAt: 'lineColumn' })[0]?.path).toBe('2:33');
  });

  it('refuses keys that could reach a prototype, wherever they are, beside any other problem', () => {
    const text = file([row(), row()]).replace(
      '"rev":1}]',
      '"rev":1,"__proto__":{"isAdmin":true}}]',
    );
    expect(problemsOf(text.replace('{"title"', '{"constructor":1,"title"'))).toEqual([
      { path: 'constructor', message: 'test.errors.forbiddenKey' },
      { path: 'records.controlActions[1].__proto__', message: 'test.errors.forbiddenKey' },
    ]);
    expect(problemsOf(text.replace('"rev":1}', '"rev":"yksi"}'))).toEqual([
      { path: 'records.controlActions[0].rev', message: 'test.errors.badRecord' },
      { path: 'records.controlActions[1].__proto__', message: 'test.errors.forbiddenKey' },
    ]);
    expect({}).not.toHaveProperty('isAdmin');
  });

  it('refuses fields the format does not have, with their place', () => {
    const text = file([row(), { ...row(), secret: 'x' }], { extra: 1 });
    expect(problemsOf(text)).toEqual([
      { path: 'records.controlActions[1].secret', message: 'test.errors.unknownField' },
      { path: 'extra', message: 'test.errors.unknownField' },
    ]);
  });

  it('lists wrong types where they are, with an oversize string the schema did not name', () => {
    const long = 'x'.repeat(MAX_STRING_LENGTH + 1);
    const text = file([row(), row('Tavoite', 'kaksi' as unknown as number), row(long)], {
      notes: { text: long },
    });
    expect(problemsOf(text, { maxBytes: 1_000_000 })).toEqual([
      { path: 'records.controlActions[1].rev', message: 'test.errors.badRecord' },
      { path: 'records.controlActions[2].objective', message: 'test.errors.badRecord' },
      { path: 'notes.text', message: 'test.errors.tooLong' },
    ]);
    // Where the schema has no limit of its own, the length limit alone refuses.
    expect(problemsOf(file([row()], { notes: [long] }), { maxBytes: 1_000_000 })).toEqual([
      { path: 'notes[0]', message: 'test.errors.tooLong' },
    ]);
  });

  it("reads a list as long as a city's audit trail (200,000 records)", () => {
    const rows = Array.from({ length: 200_000 }, (_, index) => ({ objective: 'A', rev: index + 1 }));
    const text = JSON.stringify({ title: 'Iso', records: { controlActions: rows } });
    const read = readStrictJson(text, { ...spec, maxBytes: text.length });
    expect(read.ok && read.value.records.controlActions.length).toBe(200_000);
  });

  it('refuses nesting deeper than any file of ours before the parse sees it', () => {
    const deep = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    expect(problemsOf(file([row()], { notes: JSON.parse(deep) as unknown }))).toEqual([
      { path: `notes${'[0]'.repeat(MAX_DEPTH - 1)}`, message: 'test.errors.tooDeep' },
    ]);
  });

  it("adds the kind's own check, and caps the list", () => {
    expect(problemsOf(file([row()]).replace('Tiedosto', 'hylätty'))).toEqual([
      { path: 'title', message: 'test.errors.refused' },
    ]);
    const rows = Array.from({ length: 20 }, () => ({ ...row(), secret: 1 }));
    expect(problemsOf(file(rows))).toHaveLength(spec.maxProblems);
  });
});

/** Any JSON, and now and then a value with a prototype key or an oversize string in it. */
const hostileJson = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue() },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.jsonValue(), fc.constantFrom('__proto__', 'constructor', 'prototype'))
      .map(([value, key]) => JSON.parse(`{"${key}":${JSON.stringify(value)}}`) as unknown),
  },
  {
    weight: 1,
    arbitrary: fc.jsonValue().map((value) => ({ value, text: 'x'.repeat(MAX_STRING_LENGTH + 1) })),
  },
);

const isLocated = (problems: readonly FileProblem[], namespace: string) =>
  problems.length > 0 &&
  problems.every(
    (problem) => /\S/.test(problem.path) && problem.message.startsWith(`${namespace}.`),
  );

describe('every reader of files from outside, given any text', () => {
  const readers = [
    { namespace: 'test.errors', read: (text: string) => read(text, { maxBytes: 1_000_000 }) },
    {
      namespace: 'backup.errors',
      read: (text: string) => readBackupText(text, LATEST_SCHEMA_VERSION),
    },
    {
      namespace: 'packages.errors',
      read: (text: string) => parseUnitPackage(text, { knownSchemaVersion: LATEST_SCHEMA_VERSION }),
    },
  ];

  it('never throws: it gives a verified value or located problems in its own namespace', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileJson.map((value) => JSON.stringify(value)),
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value).slice(0, -1)),
        ),
        (text) => {
          for (const reader of readers) {
            const result = reader.read(text);
            if (!result.ok) expect(isLocated(result.problems, reader.namespace)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts a random file of the right shape, and refuses it again with any key added', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ objective: fc.string({ maxLength: 100 }), rev: fc.integer() })),
        fc.string({ minLength: 1 }).filter((key) => !['objective', 'rev'].includes(key)),
        (rows, key) => {
          expect(read(file(rows), { maxBytes: 1_000_000 }).ok).toBe(true);
          const added = rows.length === 0 ? [{ ...row(), [key]: 1 }] : [{ ...rows[0], [key]: 1 }];
          const problems = problemsOf(file(added), { maxBytes: 1_000_000 });
          expect(isLocated(problems, 'test.errors')).toBe(true);
          expect(problems[0]?.path.startsWith('records.controlActions[0]')).toBe(true);
        },
      ),
    );
  });
});

/** Every place in a JSON value: the paths of its objects' fields and its arrays' items. */
const placesOf = (value: unknown, at: (string | number)[] = []): (string | number)[][] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, item]) => {
        const place = [...at, Array.isArray(value) ? Number(key) : key];
        return [place, ...placesOf(item, place)];
      })
    : [];

describe('a unit package with any value put anywhere', () => {
  const pkg = buildPackage({
    kind: 'return',
    records: records({ controlActions: [unitRow(1), unitRow(2, { status: 'done' })] }),
  });
  const raw = JSON.parse(serializeUnitPackage(pkg)) as unknown;
  const places = placesOf(raw);

  it('is read without throwing, and refused with located problems unless it is unchanged', () => {
    fc.assert(
      fc.property(fc.nat(places.length - 1), hostileJson, (pick, value) => {
        const copy = JSON.parse(JSON.stringify(raw)) as Record<string | number, unknown>;
        const place = places[pick]!;
        let parent = copy;
        for (const key of place.slice(0, -1)) parent = parent[key] as typeof copy;
        const last = place.at(-1)!;
        const before = JSON.stringify(parent[last]);
        parent[last] = value;
        const result = parseUnitPackage(JSON.stringify(copy), { knownSchemaVersion: 3 });
        if (JSON.stringify(value) === before) return;
        expect(result.ok).toBe(false);
        if (!result.ok) expect(isLocated(result.problems, 'packages.errors')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
