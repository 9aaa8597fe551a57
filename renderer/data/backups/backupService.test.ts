import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit';
import type { VerifiedBackup } from '../../../shared/backup/read';
import {
  BACKUP_TABLES,
  createBackupDocument,
  serializeBackup,
} from '../../../shared/backup/format';
import { ACTION_STATUSES } from '../../../shared/domain/control-action';
import type { BackupInfo, DesktopApi } from '../../../shared/desktop-api';
import type { ValvoDatabase } from '../core/database';
import { isDomainError } from '../core/domainError';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createActionRepository } from '../actions/actionRepository';
import { createSettingsRepository } from '../settings/settingsRepository';
import { createUnitRepository } from '../units/unitRepository';
import {
  importBackup,
  importWithBackup,
  restoreBackup,
  restoreWithBackup,
  takeBackup,
} from './backupService';
import { readBackup } from './readBackup';
import { APP_VERSION, buildBase, readBack, restoreBase, tablesOf } from './backupTestSupport';
import { snapshot } from './snapshot';

const opened: ValvoDatabase[] = [];
const freshDatabase = () => {
  const db = openTestDatabase();
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const chainOf = async (db: ValvoDatabase) =>
  verifyAuditChain(await db.auditEvents.orderBy('seq').toArray());

const expectRefusal = async (promise: Promise<unknown>, key: string) => {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(isDomainError(error) ? error.key : error).toBe(key);
};

/** The example organisation with a few edits of its own, as a backup read from its file. */
let base: VerifiedBackup;

beforeAll(async () => {
  base = await buildBase();
}, 30_000);
/** A database holding the base backup, and the context that restored it. */
const restoredBase = (actor = 'Maija Meikäläinen') => restoreBase(freshDatabase(), base, actor);

type Edit =
  | { kind: 'renameUnit'; index: number; name: string }
  | { kind: 'addAction'; index: number; objective: string }
  | { kind: 'setStatus'; index: number; status: (typeof ACTION_STATUSES)[number] }
  | { kind: 'renameOrganisation'; name: string };

const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .filter((value) => value.trim().length > 0 && value === value.trim());

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('renameUnit' as const),
    index: fc.nat(),
    name: text(60),
  }),
  fc.record({
    kind: fc.constant('addAction' as const),
    index: fc.nat(),
    objective: text(80),
  }),
  fc.record({
    kind: fc.constant('setStatus' as const),
    index: fc.nat(),
    status: fc.constantFrom(...ACTION_STATUSES),
  }),
  fc.record({ kind: fc.constant('renameOrganisation' as const), name: text(60) }),
);

const applyEdits = async (
  db: ValvoDatabase,
  context: ReturnType<typeof testContext>,
  edits: readonly Edit[],
) => {
  const units = createUnitRepository(db, context);
  const actions = createActionRepository(db, context);
  const settings = createSettingsRepository(db, context);
  for (const edit of edits) {
    context.advance(1);
    if (edit.kind === 'renameUnit') {
      const list = await db.units.toArray();
      const unit = list[edit.index % list.length]!;
      await units.update(unit.id, unit.rev, { ...unit, name: edit.name });
    } else if (edit.kind === 'addAction') {
      const list = await db.units.toArray();
      const unit = list[edit.index % list.length]!;
      await actions.create(unit.id, 2026, {
        objective: edit.objective,
        actions: '',
        indicator: '',
        owner: '',
        deadline: '',
        status: 'not_started',
      });
    } else if (edit.kind === 'setStatus') {
      const list = await db.controlActions.toArray();
      const row = list[edit.index % list.length]!;
      await actions.setStatus(row.id, row.rev, { status: edit.status, note: '' }, '2026-04-01');
    } else {
      await settings.save('organisation', {
        name: edit.name,
        currentYear: 2026,
        isExample: true,
      });
    }
  }
};

describe('backup snapshot and restore', { timeout: 30_000 }, () => {
  it('carries every table, the organisation and the chain head', async () => {
    expect(base.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(base.organisation).toBe('Kemijärven kaupunki');
    expect(base.tables.units.length).toBeGreaterThan(30);
    expect(base.tables.auditEvents.length).toBeGreaterThan(50);
    const verdict = verifyAuditChain(base.tables.auditEvents);
    expect(verdict).toMatchObject({ ok: true });
    expect(base.auditChainHead).toBe(verdict.ok ? verdict.head : 'broken');
    const parsed = readBackup(serializeBackup(base));
    expect(parsed.ok ? parsed.document.tables : parsed.problems).toEqual(base.tables);
  });

  it('export → restore into an empty database → export again gives the same tables; the chain verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(editArbitrary, { maxLength: 6 }), async (edits) => {
        const { db: source, context } = await restoredBase();
        await applyEdits(source, context, edits);
        const exported = await snapshot(source, APP_VERSION);
        // Through the file, as a user would.
        const read = readBackup(serializeBackup(exported));
        if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));

        const target = freshDatabase();
        const restorer = testContext('Pekka Palauttaja', '2026-05-01T08:00:00.000Z');
        const event = await restoreBackup(target, restorer, read.document);
        const again = await snapshot(target, APP_VERSION);

        const { auditEvents, ...rest } = again.tables;
        const { auditEvents: exportedEvents, ...exportedRest } = exported.tables;
        expect(rest).toEqual(exportedRest);
        // The restored chain is the backup's, with the restore itself chained onto its head.
        expect(auditEvents.slice(0, -1)).toEqual(exportedEvents);
        expect(auditEvents.at(-1)).toEqual(event);
        expect(event).toMatchObject({ op: 'restore', actor: 'Pekka Palauttaja' });
        expect(event?.prevHash).toBe(exported.auditChainHead);
        expect(verifyAuditChain(auditEvents)).toMatchObject({ ok: true });
        expect(again.organisation).toBe(exported.organisation);
        expect(again.schemaVersion).toBe(exported.schemaVersion);
        source.close();
        target.close();
      }),
      { numRuns: 12 },
    );
  });

  it('replaces what was there before, in one transaction', async () => {
    const { db, context } = await restoredBase();
    await applyEdits(db, context, [
      { kind: 'addAction', index: 3, objective: 'Lisätty palautuksen jälkeen' },
      { kind: 'renameOrganisation', name: 'Toinen nimi' },
    ]);
    await restoreBackup(db, context, base);
    const { auditEvents, ...rest } = await tablesOf(db);
    const { auditEvents: baseEvents, ...baseRest } = base.tables;
    expect(rest).toEqual(baseRest);
    expect(auditEvents.slice(0, -1)).toEqual(baseEvents);
    expect(auditEvents.at(-1)?.changes).toMatchObject({
      auditChainHead: [expect.any(String), base.auditChainHead],
    });
    expect(await chainOf(db)).toMatchObject({ ok: true });
  });

  it('refuses a broken chain, a newer schema and a non-controller, and changes nothing', async () => {
    const { db, context } = await restoredBase();
    const before = await tablesOf(db);
    const events = base.tables.auditEvents.map((event, index) =>
      index === 3 ? { ...event, actor: 'Joku muu' } : event,
    );
    const header = {
      schemaVersion: base.schemaVersion,
      appVersion: base.appVersion,
      createdAt: base.createdAt,
      organisation: base.organisation,
      auditChainHead: base.auditChainHead,
    };
    const tampered = createBackupDocument(header, { ...base.tables, auditEvents: events });
    // A document no reader verified cannot even be passed: the chain is checked on reading.
    // @ts-expect-error a BackupDocument is not a VerifiedBackup
    const unverified = () => restoreBackup(db, context, tampered);
    expect(unverified).toBeTypeOf('function');
    // One forged past the type (the shell's reader accepts any version) is refused still.
    const newer = { ...base, schemaVersion: CURRENT_SCHEMA_VERSION + 1 } as VerifiedBackup;
    await expectRefusal(restoreBackup(db, context, newer), 'backup.errors.newerSchema');
    await expectRefusal(importBackup(db, context, newer), 'backup.errors.newerSchema');
    const manager = testContext('Ulla Yksikkö', undefined, 'unitManager');
    await expectRefusal(restoreBackup(db, manager, base), 'errors.controllerOnly');
    await expectRefusal(importBackup(db, manager, base), 'errors.controllerOnly');
    expect(await tablesOf(db)).toEqual(before);
    expect(readBackup(serializeBackup(tampered))).toMatchObject({
      ok: false,
      problems: [{ path: 'tables.auditEvents[3]', message: 'backup.errors.brokenChain' }],
    });
  });
});

describe('backup import (merge)', { timeout: 30_000 }, () => {
  it('adds unknown records, takes newer revs, keeps newer local ones; a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(editArbitrary, { maxLength: 5 }),
        fc.array(editArbitrary, { maxLength: 5 }),
        async (theirEdits, ourEdits) => {
          const { db: theirs, context: theirContext } = await restoredBase('Ulla Yksikkö');
          await applyEdits(theirs, theirContext, theirEdits);
          const file = serializeBackup(await snapshot(theirs, APP_VERSION));
          const read = readBackup(file);
          if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));

          const { db: ours, context } = await restoredBase();
          await applyEdits(ours, context, ourEdits);
          const ourEvents = await ours.auditEvents.orderBy('seq').toArray();
          const first = await importBackup(ours, context, read.document);
          const afterFirst = await tablesOf(ours);

          // Every record of the file is accounted for once.
          const merged = BACKUP_TABLES.filter((name) => name !== 'auditEvents');
          const total = merged.reduce((sum, name) => sum + read.document.tables[name].length, 0);
          expect(first.added + first.updated + first.skipped + first.conflicts).toBe(total);
          // Their own chain is not merged: ours continues, with one 'import' event per write.
          expect(afterFirst.auditEvents.slice(0, ourEvents.length)).toEqual(ourEvents);
          const imported = afterFirst.auditEvents.slice(ourEvents.length);
          expect(imported).toHaveLength(first.added + first.updated);
          expect(imported.every((event) => event.op === 'import')).toBe(true);
          expect(await chainOf(ours)).toMatchObject({ ok: true });
          // Each record is now the one with the higher rev, ours on a tie.
          for (const name of merged) {
            const local = new Map(afterFirst[name].map((row) => [row.id, row]));
            for (const row of read.document.tables[name]) {
              const kept = local.get(row.id);
              if (name === 'settings' && 'key' in row && row.key === 'profile') continue;
              expect(kept?.rev).toBeGreaterThanOrEqual(row.rev);
            }
          }

          const second = await importBackup(ours, context, read.document);
          expect(second).toMatchObject({ added: 0, updated: 0 });
          expect(await tablesOf(ours)).toEqual(afterFirst);
          theirs.close();
          ours.close();
        },
      ),
      { numRuns: 10 },
    );
  });

  it('counts what it did and never takes the profile from the file', async () => {
    const { db: theirs, context: theirContext } = await restoredBase('Ulla Yksikkö');
    await applyEdits(theirs, theirContext, [
      { kind: 'addAction', index: 2, objective: 'Heidän uusi rivinsä' },
      { kind: 'setStatus', index: 1, status: 'done' },
      { kind: 'setStatus', index: 4, status: 'done' },
    ]);
    await createSettingsRepository(theirs, theirContext).save('profile', {
      name: 'Ulla Yksikkö',
      role: 'unitManager',
    });
    const document = await snapshot(theirs, APP_VERSION);

    const { db: ours, context } = await restoredBase();
    // Row 4 was changed here twice, so ours is newer: a conflict, and ours is kept.
    await applyEdits(ours, context, [
      { kind: 'setStatus', index: 4, status: 'in_progress' },
      { kind: 'setStatus', index: 4, status: 'postponed' },
    ]);
    const counts = await importBackup(ours, context, readBack(document));
    expect(counts).toMatchObject({ added: 1, updated: 1, conflicts: 1 });
    const rows = await ours.controlActions.toArray();
    expect(rows.some((row) => row.objective === 'Heidän uusi rivinsä')).toBe(true);
    expect(rows[1]?.status).toBe('done');
    expect(rows[4]?.status).toBe('postponed');
    const profile = (await ours.settings.toArray()).find((row) => row.key === 'profile');
    expect(profile?.value).toEqual({ name: 'Maija Meikäläinen', role: 'controller' });
  });
});

describe('backups before risky operations', { timeout: 30_000 }, () => {
  const desktop = (write: DesktopApi['backups']['write']) =>
    ({
      capabilities: { isDesktop: true, canWriteBackupFiles: true, canPrintToPdf: true },
      backups: { write },
    }) as unknown as DesktopApi;
  const web = {
    capabilities: { isDesktop: false, canWriteBackupFiles: false, canPrintToPdf: false },
    backups: {
      write: () => {
        throw new Error('must not be called');
      },
    },
  } as unknown as DesktopApi;

  const info = (verified: boolean): BackupInfo => ({
    fileName: 'valvo-backup-2026-04-01T08-00-00Z-pre-restore.json',
    createdAt: '2026-04-01T08:00:00.000Z',
    reason: 'pre-restore',
    sizeBytes: 1,
    verified,
    counts: null,
    pinned: false,
  });

  it('writes the current state first on desktop, and does nothing in the browser', async () => {
    const { db, context } = await restoredBase();
    const written: { reason: string; content: string }[] = [];
    const platform = desktop(async (request) => {
      written.push(request);
      return { ok: true, value: info(true) };
    });
    const current = await tablesOf(db);
    await restoreWithBackup(db, context, platform, base, APP_VERSION);
    expect(written.map((request) => request.reason)).toEqual(['pre-restore']);
    const saved = readBackup(written[0]!.content);
    expect(saved.ok && saved.document.tables).toEqual(current);
    await importWithBackup(db, context, platform, base, APP_VERSION);
    expect(written.map((request) => request.reason)).toEqual(['pre-restore', 'pre-import']);
    expect(await takeBackup(db, web, 'manual', APP_VERSION)).toBeNull();
    await restoreWithBackup(db, context, web, base, APP_VERSION);
  });

  it('stops the restore or import when the backup cannot be written or verified', async () => {
    const { db, context } = await restoredBase();
    await applyEdits(db, context, [{ kind: 'renameOrganisation', name: 'Muutettu' }]);
    const before = await tablesOf(db);
    const failing = desktop(async () => ({ ok: false, error: 'ENOSPC' }));
    await expectRefusal(
      restoreWithBackup(db, context, failing, base, APP_VERSION),
      'backup.errors.writeFailed',
    );
    await expectRefusal(
      importWithBackup(db, context, failing, base, APP_VERSION),
      'backup.errors.writeFailed',
    );
    const unverified = desktop(async () => ({ ok: true, value: info(false) }));
    await expectRefusal(
      restoreWithBackup(db, context, unverified, base, APP_VERSION),
      'backup.errors.notVerified',
    );
    const manager = testContext('Ulla Yksikkö', undefined, 'unitManager');
    const written: unknown[] = [];
    const recording = desktop(async (request) => {
      written.push(request);
      return { ok: true, value: info(true) };
    });
    await expectRefusal(
      restoreWithBackup(db, manager, recording, base, APP_VERSION),
      'errors.controllerOnly',
    );
    expect(written).toEqual([]);
    expect(await tablesOf(db)).toEqual(before);
  });
});
