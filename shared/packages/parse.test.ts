import { describe, expect, it } from 'vitest';
import type { UnitPackage } from './format';
import {
  UNIT_PACKAGE_FORMAT_VERSION,
  UNIT_PACKAGE_MAX_BYTES,
  createUnitPackage,
  serializeUnitPackage,
} from './format';
import { randomBytes } from '../files/bytes.test-support';
import type { ParseUnitPackageOptions } from './parse';
import { MAX_PACKAGE_PROBLEMS, parseUnitPackage } from './parse';
import {
  OTHER_UNIT,
  YEAR,
  auditSegment,
  buildPackage,
  records,
  riskAssessment,
  unitRisk,
  unitRow,
  uuid,
} from './packages.test-support';

const OPTIONS: ParseUnitPackageOptions = { knownSchemaVersion: 3 };
const parse = (text: string, options: Partial<ParseUnitPackageOptions> = {}) =>
  parseUnitPackage(text, { ...OPTIONS, ...options });
const problemsOf = (text: string, options: Partial<ParseUnitPackageOptions> = {}) => {
  const result = parse(text, options);
  return result.ok ? [] : result.problems;
};
/** The file as JSON with one change made after it was written (so its hash no longer fits). */
const edited = (pkg: UnitPackage, edit: (raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(serializeUnitPackage(pkg)) as Record<string, unknown>;
  edit(raw);
  return JSON.stringify(raw);
};
/** A package rewritten with `change` and hashed again, as a careless or hostile writer would. */
const rehashed = (pkg: UnitPackage, change: Partial<UnitPackage>) => {
  const body: Partial<UnitPackage> = { ...pkg, ...change };
  delete body.format;
  delete body.formatVersion;
  delete body.contentSha256;
  return serializeUnitPackage(createUnitPackage(body as Parameters<typeof createUnitPackage>[0]));
};

const risky = unitRisk(1);
const returned = buildPackage({
  kind: 'return',
  base: records({ controlActions: [unitRow(1)], risks: [risky] }),
  records: records({
    controlActions: [unitRow(1, { status: 'in_progress' }), unitRow(2)],
    risks: [risky],
    assessments: [riskAssessment(1, risky.id)],
  }),
  auditEvents: auditSegment(3),
});

describe('parseUnitPackage: files it accepts', () => {
  it('reads an issued package and a return exactly as written', () => {
    const issued = buildPackage();
    expect(parse(serializeUnitPackage(issued))).toEqual({ ok: true, pkg: issued });
    expect(parse(serializeUnitPackage(returned), { expectKind: 'return' })).toEqual({
      ok: true,
      pkg: returned,
    });
  });

  it('accepts an audit segment that starts anywhere in the unit chain', () => {
    const pkg = buildPackage({ kind: 'return', auditEvents: auditSegment(2, 900) });
    expect(parse(serializeUnitPackage(pkg)).ok).toBe(true);
  });
});

describe('parseUnitPackage: files it refuses', () => {
  it('refuses text that is not JSON, with the parser message as detail', () => {
    const text = serializeUnitPackage(returned);
    const [problem] = problemsOf(text.slice(0, text.length / 2));
    expect(problem?.path).toBe('$');
    expect(problem?.message).toMatch(/^packages\.errors\.notJson\?detail=/);
    expect(problemsOf('')).toHaveLength(1);
  });

  it('refuses random bytes with one problem that quotes none of them', () => {
    for (let run = 0; run < 5; run += 1) {
      const text = new TextDecoder().decode(randomBytes(100_000));
      expect(problemsOf(text)).toEqual([{ path: '$', message: 'packages.errors.notText' }]);
    }
  });

  it('refuses other JSON: a backup, an array, a number', () => {
    for (const text of ['{"format":"valvo-backup","formatVersion":1}', '[]', '42', 'null']) {
      expect(problemsOf(text)).toEqual([{ path: 'format', message: 'packages.errors.notPackage' }]);
    }
  });

  it('refuses a newer format version or a newer database schema before reading further', () => {
    const pkg = buildPackage();
    expect(
      problemsOf(edited(pkg, (raw) => (raw.formatVersion = UNIT_PACKAGE_FORMAT_VERSION + 1))),
    ).toEqual([{ path: 'formatVersion', message: 'packages.errors.newerFormat' }]);
    expect(problemsOf(serializeUnitPackage(pkg), { knownSchemaVersion: 2 })).toEqual([
      { path: 'schemaVersion', message: 'packages.errors.newerSchema' },
    ]);
  });

  it('refuses a package of the other kind, naming both kinds', () => {
    expect(problemsOf(serializeUnitPackage(buildPackage()), { expectKind: 'return' })).toEqual([
      { path: 'kind', message: 'packages.errors.wrongKind?expected=return&found=issue' },
    ]);
    expect(problemsOf(serializeUnitPackage(returned), { expectKind: 'issue' })).toHaveLength(1);
  });

  it('lists each field of the wrong type with its place', () => {
    const text = edited(returned, (raw) => {
      const body = raw.records as { risks: Record<string, unknown>[] };
      body.risks[0]!.status = 5;
      body.risks[0]!.owner = null;
      raw.year = 'kaksituhatta';
    });
    expect(problemsOf(text)).toEqual(
      expect.arrayContaining([
        { path: 'year', message: 'packages.errors.badHeader' },
        { path: 'records.risks[0].owner', message: 'packages.errors.badRecord' },
        { path: 'records.risks[0].status', message: 'packages.errors.badRecord' },
      ]),
    );
  });

  it('refuses a huge string in a record and a file over the size limit', () => {
    const long = buildPackage({
      kind: 'return',
      records: records({ controlActions: [unitRow(1, { objective: 'x'.repeat(100_000) })] }),
    });
    expect(problemsOf(serializeUnitPackage(long))).toEqual([
      { path: 'records.controlActions[0].objective', message: 'packages.errors.badRecord' },
    ]);
    const tooLarge = [{ path: '$', message: 'packages.errors.tooLarge' }];
    expect(problemsOf(' '.repeat(UNIT_PACKAGE_MAX_BYTES + 1))).toEqual(tooLarge);
    // Fewer characters than the limit, but two bytes each in UTF-8.
    expect(problemsOf(`"${'ä'.repeat(UNIT_PACKAGE_MAX_BYTES / 2)}"`)).toEqual(tooLarge);
  });

  it('lists at most three problems per record and caps the whole list', () => {
    const text = edited(returned, (raw) => {
      const rows = Array.from({ length: 150 }, (_, n) => ({
        ...unitRow(n),
        id: 1,
        rev: 'x',
        year: 'y',
      }));
      (raw.records as { controlActions: unknown[] }).controlActions = rows;
    });
    const problems = problemsOf(text);
    expect(problems).toHaveLength(MAX_PACKAGE_PROBLEMS);
    expect(problems.filter((p) => p.path.startsWith('records.controlActions[0]'))).toHaveLength(3);
  });

  it('refuses unknown fields and keys that could reach a prototype', () => {
    const withField = edited(returned, (raw) => {
      (raw.records as { risks: Record<string, unknown>[] }).risks[0]!.secret = 'x';
      raw.extra = 1;
    });
    expect(problemsOf(withField)).toEqual([
      { path: 'extra', message: 'packages.errors.unknownField' },
    ]);
    const inRecord = edited(returned, (raw) => {
      (raw.records as { risks: Record<string, unknown>[] }).risks[0]!.secret = 'x';
    });
    expect(problemsOf(inRecord)).toEqual([
      { path: 'records.risks[0].secret', message: 'packages.errors.unknownField' },
    ]);
    const proto = serializeUnitPackage(returned).replace(
      '"risks":[{',
      '"risks":[{"__proto__":{"isAdmin":true},',
    );
    expect(problemsOf(proto)).toEqual([
      { path: 'records.risks[0].__proto__', message: 'packages.errors.forbiddenKey' },
    ]);
  });

  it('refuses a file changed after it was written', () => {
    const text = edited(returned, (raw) => {
      (raw.records as { controlActions: Record<string, unknown>[] }).controlActions[0]!.status =
        'done';
    });
    expect(problemsOf(text)).toEqual([
      { path: 'contentSha256', message: 'packages.errors.hashMismatch' },
    ]);
    // A number JSON reads as Infinity cannot have been hashed by a writer.
    const infinite = serializeUnitPackage(returned).replace('"in_progress"]', '1e999]');
    expect(problemsOf(infinite)).toEqual([
      { path: 'contentSha256', message: 'packages.errors.hashMismatch' },
    ]);
  });

  it('refuses records of another unit or year, and assessments of a risk it does not carry', () => {
    const text = rehashed(returned, {
      records: records({
        controlActions: [unitRow(1, { unitId: OTHER_UNIT }), unitRow(2, { year: YEAR + 1 })],
        risks: [unitRisk(2, { unitId: OTHER_UNIT })],
        assessments: [riskAssessment(1, uuid('risk', 99))],
      }),
    });
    expect(problemsOf(text)).toEqual([
      { path: 'records.controlActions[0].unitId', message: 'packages.errors.outsideScope' },
      { path: 'records.controlActions[1].year', message: 'packages.errors.outsideScope' },
      { path: 'records.risks[0].unitId', message: 'packages.errors.outsideScope' },
      { path: 'records.assessments[0].riskId', message: 'packages.errors.outsideScope' },
    ]);
    const baseOutside = rehashed(returned, {
      base: records({ controlActions: [unitRow(1, { unitId: OTHER_UNIT })] }),
    });
    expect(problemsOf(baseOutside)).toEqual([
      { path: 'base.controlActions[0].unitId', message: 'packages.errors.outsideScope' },
    ]);
  });

  it('refuses duplicate ids, an issue whose base differs from its records, a missing unit', () => {
    const duplicate = rehashed(returned, {
      records: records({ controlActions: [unitRow(1), unitRow(1, { status: 'done' })] }),
    });
    expect(problemsOf(duplicate)).toEqual([
      { path: 'records.controlActions[1].id', message: 'packages.errors.duplicateId' },
    ]);
    const issued = buildPackage();
    const mismatch = rehashed(issued, { records: records({ controlActions: [unitRow(2)] }) });
    expect(problemsOf(mismatch)).toEqual([
      { path: 'records.controlActions[0]', message: 'packages.errors.baseMismatch' },
      { path: 'base.controlActions[0]', message: 'packages.errors.baseMismatch' },
    ]);
    const noUnit = rehashed(issued, { units: [] });
    expect(problemsOf(noUnit)).toEqual([{ path: 'units', message: 'packages.errors.unitMissing' }]);
  });

  it('accepts a return that no longer carries a record of its base', () => {
    const dropped = rehashed(returned, { records: records({ controlActions: [unitRow(2)] }) });
    expect(parse(dropped).ok).toBe(true);
  });

  it('refuses a broken audit segment: an edited event, a gap, a wrong link', () => {
    const broken = (change: (events: ReturnType<typeof auditSegment>) => void) => {
      const events = auditSegment(4);
      change(events);
      return problemsOf(rehashed(returned, { auditEvents: events }));
    };
    expect(broken((events) => (events[2] = { ...events[2]!, actor: 'Joku muu' }))).toEqual([
      { path: 'auditEvents[2]', message: 'packages.errors.badAuditChain' },
    ]);
    expect(broken((events) => events.splice(1, 1))).toEqual([
      { path: 'auditEvents[1]', message: 'packages.errors.badAuditChain' },
    ]);
    expect(broken((events) => events.reverse())).toEqual([
      { path: 'auditEvents[1]', message: 'packages.errors.badAuditChain' },
    ]);
    expect(broken((events) => (events[0] = { ...events[0]!, hash: 'f'.repeat(64) }))).toEqual([
      { path: 'auditEvents[0]', message: 'packages.errors.badAuditChain' },
    ]);
  });
});
