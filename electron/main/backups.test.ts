import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupDocument, serializeBackup } from '../../shared/backup/format';
import type { BackupTables } from '../../shared/backup/format';
import { LATEST_SCHEMA_VERSION } from '../../shared/backup/versions';
import { BackupFileNameSchema, MAX_BACKUP_BYTES } from '../../shared/desktop-api';
import type { BackupReason } from '../../shared/desktop-api';
import {
  BACKUP_INDEX_FILE_NAME,
  BackupTooLargeError,
  backupFileName,
  createBackupStore,
  parseBackupFileName,
} from './backups';
import type { BackupFileHandle, BackupFs, BackupStoreDeps } from './backups';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const root = path.resolve(import.meta.dirname, '../..');

function unit(index: number) {
  const time = '2026-01-05T08:00:00.000Z';
  return {
    id: randomUUID(),
    createdAt: time,
    updatedAt: time,
    updatedBy: 'Maija Meikäläinen',
    rev: 1,
    deletedAt: null,
    name: `Yksikkö ${index}`,
    code: '',
    accountable: '',
    manager: '',
    parentId: null,
    kind: 'organisation' as const,
    sortOrder: index,
    active: true,
  };
}

/** A real backup document (shared/backup format) with `units` unit records. */
function backupText(units = 2, organisation = 'Kemijärven kaupunki'): string {
  const tables: BackupTables = {
    units: Array.from({ length: units }, (_, index) => unit(index)),
    planYears: [],
    controlActions: [],
    risks: [],
    assessments: [],
    settings: [],
    unitReviews: [],
    unitPackages: [],
    packageMerges: [],
    indicators: [],
    auditEvents: [],
  };
  const header = {
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: '0.1.0',
    createdAt: '2026-03-01T10:00:00.000Z',
    organisation,
    auditChainHead: null,
  };
  return serializeBackup(createBackupDocument(header, tables));
}

const quietLog = () => ({ warn: vi.fn(), error: vi.fn() });

let folder: string;
beforeEach(async () => {
  folder = path.join(await nodeFs.mkdtemp(path.join(os.tmpdir(), 'valvo-backups-')), 'backups');
});
afterEach(async () => {
  await nodeFs.rm(path.dirname(folder), { recursive: true, force: true });
});

function store(overrides: Partial<BackupStoreDeps> = {}) {
  return createBackupStore({ fs: nodeFs, folder, log: quietLog(), ...overrides });
}

/** A clock that moves on by `stepMs` at every reading. */
function steppingClock(start: string, stepMs = 1_000) {
  let time = Date.parse(start);
  return () => {
    const now = new Date(time);
    time += stepMs;
    return now;
  };
}

/** node:fs/promises with hooks on the calls the store makes, recording every one. */
function wrappedFs(
  hooks: {
    writeFile?: (filePath: string, data: string) => string;
    rename?: (from: string, to: string) => void;
  } = {},
) {
  const calls: string[] = [];
  const rel = (filePath: string) => path.relative(folder, filePath) || '.';
  const fs: BackupFs = {
    ...nodeFs,
    async open(filePath, flags) {
      calls.push(`open ${rel(filePath)} ${flags}`);
      const handle = await nodeFs.open(filePath, flags);
      const wrapped: BackupFileHandle = {
        async writeFile(data, encoding) {
          calls.push(`writeFile ${rel(filePath)}`);
          await handle.writeFile(hooks.writeFile?.(filePath, data) ?? data, encoding);
        },
        async sync() {
          calls.push(`sync ${rel(filePath)}`);
          await handle.sync();
        },
        async close() {
          calls.push(`close ${rel(filePath)}`);
          await handle.close();
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      calls.push(`rename ${rel(from)} ${rel(to)}`);
      hooks.rename?.(from, to);
      await nodeFs.rename(from, to);
    },
    async readFile(filePath, encoding) {
      calls.push(`readFile ${rel(filePath)}`);
      return nodeFs.readFile(filePath, encoding);
    },
  };
  return { fs, calls };
}

const isTemp = (name: string) => name.startsWith('.valvo-backup-') && name.endsWith('.tmp');
const backupNames = async () =>
  (await nodeFs.readdir(folder)).filter((name) => parseBackupFileName(name) !== null).sort();

describe('backup file names', () => {
  it('round-trip the time and reason, and match the contract schema', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00.000Z'),
          max: new Date('2200-01-01T00:00:00.000Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom<BackupReason>('scheduled', 'quit', 'pre-migration', 'year-close'),
        (date, reason) => {
          const name = backupFileName(date, reason);
          expect(BackupFileNameSchema.safeParse(name).success).toBe(true);
          expect(parseBackupFileName(name)).toEqual({ createdAt: date.toISOString(), reason });
        },
      ),
    );
    expect(backupFileName(new Date('2026-03-01T12:30:45.123Z'), 'pre-migration')).toBe(
      'valvo-backup-2026-03-01T12-30-45.123Z-pre-migration.json',
    );
  });

  it('parse only names the store itself writes', () => {
    for (const name of [
      'index.json',
      '.valvo-backup-0f8fad5b-d9cb-469f-a165-70867728950e.tmp',
      'valvo-backup-2026-03-01T12-30-45.123Z-evil.json',
      'valvo-backup-2026-02-30T12-30-45.123Z-manual.json',
      'valvo-backup-2026-03-01T12-30-45Z-manual.json',
      'valvo-backup-2026-03-01T12-30-45.123Z-manual.json.bak',
      'valvo-backup-2026-03-01T12-30-45.123Z-manual.json/../x',
    ]) {
      expect(parseBackupFileName(name), name).toBeNull();
    }
  });
});

describe('BackupStore.write', () => {
  it('writes a verified file under its final name, with counts and size', async () => {
    const content = backupText(2);
    const info = await store({ now: () => new Date('2026-03-01T12:30:45.123Z') }).write({
      reason: 'manual',
      content,
    });
    expect(info).toEqual({
      fileName: 'valvo-backup-2026-03-01T12-30-45.123Z-manual.json',
      createdAt: '2026-03-01T12:30:45.123Z',
      reason: 'manual',
      sizeBytes: Buffer.byteLength(content),
      verified: true,
      counts: {
        units: 2,
        planYears: 0,
        controlActions: 0,
        risks: 0,
        assessments: 0,
        settings: 0,
        unitReviews: 0,
        unitPackages: 0,
        packageMerges: 0,
        indicators: 0,
        auditEvents: 0,
      },
      pinned: false,
    });
    expect(await nodeFs.readFile(path.join(folder, info.fileName), 'utf8')).toBe(content);
    expect((await nodeFs.stat(path.join(folder, info.fileName))).size).toBe(info.sizeBytes);
    expect((await nodeFs.readdir(folder)).sort()).toEqual([BACKUP_INDEX_FILE_NAME, info.fileName]);
  });

  it('writes a temp file, fsyncs and closes it, renames it, fsyncs the folder, then reads back', async () => {
    const { fs, calls } = wrappedFs();
    const info = await store({ fs, platform: 'linux' }).write({
      reason: 'quit',
      content: backupText(1),
    });
    const backupCalls = calls.slice(
      0,
      calls.findIndex((call) => call === `readFile ${info.fileName}`) + 1,
    );
    const temp = backupCalls[0]?.split(' ')[1] ?? '';
    expect(isTemp(temp)).toBe(true);
    expect(backupCalls).toEqual([
      `open ${temp} wx`,
      `writeFile ${temp}`,
      `sync ${temp}`,
      `close ${temp}`,
      `rename ${temp} ${info.fileName}`,
      'open . r',
      'sync .',
      'close .',
      `readFile ${info.fileName}`,
    ]);
  });

  it('does not try to fsync the folder on Windows', async () => {
    const { fs, calls } = wrappedFs();
    await store({ fs, platform: 'win32' }).write({ reason: 'quit', content: backupText(0) });
    expect(calls).not.toContain('open . r');
  });

  it('reports verified: false when a byte changed between writing and reading back', async () => {
    const log = quietLog();
    const { fs } = wrappedFs({
      // Flips one byte inside the organisation name: still valid JSON, but the hash no longer matches.
      writeFile: (filePath, data) =>
        data.includes('"contentSha256"') ? data.replace('Kemijärven', 'Kemijärvem') : data,
    });
    const info = await store({ fs, log }).write({ reason: 'scheduled', content: backupText(2) });
    expect(info.verified).toBe(false);
    expect(info.counts).toBeNull();
    expect(log.error).toHaveBeenCalled();
    // The file stays for 24 h, so it can be looked at; the listing says it is not verified.
    expect((await store().list()).map((b) => [b.fileName, b.verified])).toEqual([
      [info.fileName, false],
    ]);
  });

  it('verify() fails after one byte of a written file is corrupted on disk', async () => {
    const backups = store();
    const info = await backups.write({ reason: 'manual', content: backupText(3) });
    expect(await backups.verify(info.fileName)).toBe(true);

    const filePath = path.join(folder, info.fileName);
    const bytes = await nodeFs.readFile(filePath);
    const at = bytes.indexOf('Yksikk');
    bytes[at] = bytes[at]! ^ 0x01;
    await nodeFs.writeFile(filePath, bytes);
    expect(await backups.verify(info.fileName)).toBe(false);

    // Without the index (lost, or a restart after a crash) the listing checks the file itself.
    await nodeFs.rm(path.join(folder, BACKUP_INDEX_FILE_NAME));
    expect((await store().list())[0]).toMatchObject({ fileName: info.fileName, verified: false });
  });

  it('writes content that is not a backup, but never calls it verified', async () => {
    const info = await store().write({ reason: 'manual', content: '{"hello":"world"}' });
    expect(info).toMatchObject({ verified: false, counts: null });
  });

  it('refuses content over the byte limit before touching the disk', async () => {
    const log = quietLog();
    // Under the schema's character limit, over the byte limit: "ä" is two bytes in UTF-8.
    const content = 'ä'.repeat(MAX_BACKUP_BYTES / 2 + 1);
    await expect(store({ log }).write({ reason: 'manual', content })).rejects.toBeInstanceOf(
      BackupTooLargeError,
    );
    await expect(nodeFs.stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses a request the contract refuses (unknown reason, extra field)', async () => {
    const backups = store();
    await expect(
      backups.write({ reason: 'whenever' as BackupReason, content: backupText() }),
    ).rejects.toThrow();
    await expect(
      backups.write({ reason: 'manual', content: backupText(), extra: 1 } as never),
    ).rejects.toThrow();
    await expect(nodeFs.stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never gives two backups the same name, even in the same millisecond or at once', async () => {
    const backups = store({ now: () => new Date('2026-03-01T12:00:00.000Z') });
    const infos = await Promise.all(
      Array.from({ length: 5 }, () => backups.write({ reason: 'manual', content: backupText(1) })),
    );
    expect(new Set(infos.map((info) => info.fileName)).size).toBe(5);
    expect(infos.every((info) => info.verified)).toBe(true);
    expect(await backupNames()).toEqual(infos.map((info) => info.fileName).sort());
    // A new instance (a restart with the clock unchanged) does not reuse a name either.
    const next = await store({ now: () => new Date('2026-03-01T12:00:00.000Z') }).write({
      reason: 'manual',
      content: backupText(1),
    });
    expect(infos.map((info) => info.fileName)).not.toContain(next.fileName);
    expect(await backupNames()).toHaveLength(6);
  });
});

describe('BackupStore.list', () => {
  it('lists newest first, also from a new instance after a restart', async () => {
    const clock = steppingClock('2026-03-01T10:00:00.000Z', HOUR);
    const backups = store({ now: clock });
    const first = await backups.write({ reason: 'scheduled', content: backupText(1) });
    const second = await backups.write({ reason: 'pre-migration', content: backupText(2) });
    const third = await backups.write({ reason: 'quit', content: backupText(3) });
    const expected = [third, second, first];
    expect(await backups.list()).toEqual(expected);

    expect(await store({ now: clock }).list()).toEqual(expected);
    expect((await store().list()).map((b) => b.pinned)).toEqual([false, true, false]);

    // The index is only a cache: without it, or with a damaged one, the files are read again.
    await nodeFs.rm(path.join(folder, BACKUP_INDEX_FILE_NAME));
    expect(await store().list()).toEqual(expected);
    await nodeFs.writeFile(path.join(folder, BACKUP_INDEX_FILE_NAME), '{"version":1,"entr');
    expect(await store().list()).toEqual(expected);
    await nodeFs.writeFile(
      path.join(folder, BACKUP_INDEX_FILE_NAME),
      JSON.stringify({ version: 1, entries: { [first.fileName]: { sizeBytes: 1 } } }),
    );
    expect(await store().list()).toEqual(expected);
  });

  it('is empty before the first backup, and creates nothing', async () => {
    expect(await store().list()).toEqual([]);
    await expect(nodeFs.stat(folder)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('ignores temp files, the index and anything it did not name', async () => {
    const info = await store().write({ reason: 'manual', content: backupText(1) });
    await nodeFs.writeFile(path.join(folder, `.valvo-backup-${randomUUID()}.tmp`), '{"partial');
    await nodeFs.writeFile(path.join(folder, 'notes.txt'), 'mine');
    await nodeFs.mkdir(path.join(folder, 'valvo-backup-2026-03-01T12-30-45.123Z-manual.json'));
    expect((await store().list()).map((b) => b.fileName)).toEqual([info.fileName]);
  });

  it('notices a file that was replaced by one of another size', async () => {
    const info = await store().write({ reason: 'manual', content: backupText(1) });
    await nodeFs.writeFile(path.join(folder, info.fileName), backupText(4));
    expect((await store().list())[0]).toMatchObject({
      verified: true,
      counts: expect.objectContaining({ units: 4 }),
    });
  });
});

describe('BackupStore.read', () => {
  it('returns the text of a listed backup', async () => {
    const content = backupText(2);
    const info = await store().write({ reason: 'manual', content });
    expect(await store().read(info.fileName)).toBe(content);
  });

  it('refuses every name that is not a backup name inside the folder', async () => {
    await nodeFs.mkdir(folder, { recursive: true });
    await nodeFs.writeFile(path.join(path.dirname(folder), 'secret.json'), '{"secret":true}');
    const backups = store();
    for (const name of [
      '../secret.json',
      '..\\secret.json',
      path.join(path.dirname(folder), 'secret.json'),
      'valvo-backup-2026-03-01T12-30-45.123Z-manual.json/../../secret.json',
      'valvo-backup-..-manual.json',
      BACKUP_INDEX_FILE_NAME,
      '',
    ]) {
      await expect(backups.read(name), name).rejects.toThrow('not a backup file name');
    }
  });

  it('never reads outside the folder, whatever the name', async () => {
    const reads: string[] = [];
    const fs: BackupFs = {
      ...nodeFs,
      stat: async (filePath) => (reads.push(filePath), nodeFs.stat(filePath)),
      readFile: async (filePath, encoding) => (
        reads.push(filePath),
        nodeFs.readFile(filePath, encoding)
      ),
    };
    const backups = store({ fs });
    const names = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[./\\a-z0-9TZ-]{0,40}$/),
      fc.constantFrom('..', '../', 'valvo-backup-', '/etc/passwd', 'C:\\Windows\\win.ini'),
      fc
        .tuple(fc.stringMatching(/^[./\\]{0,6}$/), fc.date({ noInvalidDate: true }))
        .map(([prefix, date]) => `${prefix}${backupFileName(date, 'manual')}`),
    );
    await fc.assert(
      fc.asyncProperty(names, async (name) => {
        await backups.read(name).catch(() => undefined);
        return reads.every((filePath) => path.dirname(filePath) === path.resolve(folder));
      }),
      { numRuns: 300 },
    );
  });
});

describe('rotation after a write', () => {
  const now = new Date('2026-06-15T12:00:00.000Z');

  async function place(ageMs: number, reason: BackupReason, content = backupText(1)) {
    const fileName = backupFileName(new Date(now.getTime() - ageMs), reason);
    await nodeFs.writeFile(path.join(folder, fileName), content);
    return fileName;
  }

  it('deletes what the policy selects, keeps pinned ones, and never touches other files', async () => {
    await nodeFs.mkdir(folder, { recursive: true });
    const pinnedOld = await place(10 * 365 * DAY, 'pre-migration');
    const yearClose = await place(9 * 365 * DAY, 'year-close', '{"not":"verified"}');
    const oldScheduled = await place(10 * 365 * DAY - HOUR, 'scheduled');
    const sameDayEarly = await place(3 * DAY + 2 * HOUR, 'scheduled');
    const sameDayLate = await place(3 * DAY, 'quit');
    const failedOld = await place(2 * DAY, 'manual', '{"broken');
    const failedRecent = await place(HOUR, 'manual', '{"broken');
    const strangers = [
      'notes.txt',
      'valvo-backup-old.json',
      'valvo-backup-2026-13-01T00-00-00.000Z-manual.json',
    ];
    for (const name of strangers) await nodeFs.writeFile(path.join(folder, name), 'x');

    const info = await store({ now: () => now }).write({
      reason: 'scheduled',
      content: backupText(1),
    });
    expect(info.verified).toBe(true);
    const left = await nodeFs.readdir(folder);
    for (const kept of [
      pinnedOld,
      yearClose,
      sameDayLate,
      failedRecent,
      info.fileName,
      ...strangers,
    ]) {
      expect(left, kept).toContain(kept);
    }
    for (const deleted of [oldScheduled, sameDayEarly, failedOld]) {
      expect(left, deleted).not.toContain(deleted);
    }
    expect((await store().list()).map((b) => b.fileName)).toEqual([
      info.fileName,
      failedRecent,
      sameDayLate,
      yearClose,
      pinnedOld,
    ]);
  });

  it('keeps the backup it just wrote even when it did not verify', async () => {
    const { fs } = wrappedFs({
      writeFile: (filePath, data) => (data.includes('"contentSha256"') ? data.slice(0, -1) : data),
    });
    const info = await store({ fs, now: () => now }).write({
      reason: 'quit',
      content: backupText(),
    });
    expect(info.verified).toBe(false);
    expect(await backupNames()).toEqual([info.fileName]);
  });

  it('keeps the backup when rotation fails', async () => {
    const log = quietLog();
    await nodeFs.mkdir(folder, { recursive: true });
    const old = await place(400 * DAY, 'scheduled');
    await place(399 * DAY, 'scheduled');
    const fs: BackupFs = {
      ...nodeFs,
      unlink: async () => {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      },
    };
    const info = await store({ fs, log, now: () => now }).write({
      reason: 'manual',
      content: backupText(),
    });
    expect(info.verified).toBe(true);
    expect(await backupNames()).toContain(old);
    expect(log.warn).toHaveBeenCalled();
  });
});

describe('a crash between write and rename', () => {
  it('keeps the previous backup and leaves no file under a final name (rename fails)', async () => {
    const previousContent = backupText(1);
    const previous = await store().write({ reason: 'scheduled', content: previousContent });
    const { fs } = wrappedFs({
      rename: (from, to) => {
        if (parseBackupFileName(path.basename(to)) !== null) throw new Error('EIO: power lost');
      },
    });
    await expect(store({ fs }).write({ reason: 'manual', content: backupText(5) })).rejects.toThrow(
      'EIO',
    );
    expect(await backupNames()).toEqual([previous.fileName]);
    expect(await nodeFs.readFile(path.join(folder, previous.fileName), 'utf8')).toBe(
      previousContent,
    );
    expect((await nodeFs.readdir(folder)).filter(isTemp)).toEqual([]);
    expect(await store().list()).toEqual([previous]);
  });

  describe('in a child process killed with SIGKILL', () => {
    let bundleDir: string;
    let bundleUrl: string;

    beforeAll(async () => {
      // The child runs plain Node, so the store is bundled (zod and the format included) first.
      bundleDir = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'valvo-backups-bundle-'));
      await build({
        configFile: false,
        root,
        logLevel: 'silent',
        ssr: { noExternal: true },
        build: {
          ssr: path.join(root, 'electron/main/backups.ts'),
          outDir: bundleDir,
          emptyOutDir: false,
          minify: false,
          rollupOptions: { output: { format: 'es', entryFileNames: 'backups.mjs' } },
        },
      });
      bundleUrl = pathToFileURL(path.join(bundleDir, 'backups.mjs')).href;
    }, 60_000);

    afterAll(async () => {
      await nodeFs.rm(bundleDir, { recursive: true, force: true });
    });

    // The child writes through real node:fs/promises; at the crash point it says so and hangs
    // (a timer keeps it alive), and the parent kills it there with SIGKILL.
    const CHILD = `
      import * as fs from 'node:fs/promises';
      const { createBackupStore, parseBackupFileName } = await import(process.env.BUNDLE_URL);
      const crashAt = process.env.CRASH_AT;
      const crash = () => {
        process.stdout.write('CRASH-POINT\\n');
        setInterval(() => {}, 1000);
        return new Promise(() => {});
      };
      const crashingFs = {
        ...fs,
        async open(filePath, flags) {
          const handle = await fs.open(filePath, flags);
          return {
            async writeFile(data, encoding) {
              if (crashAt === 'mid-write' && data.includes('"contentSha256"')) {
                await handle.writeFile(data.slice(0, Math.floor(data.length / 2)), encoding);
                await handle.sync();
                return crash();
              }
              return handle.writeFile(data, encoding);
            },
            sync: () => handle.sync(),
            close: () => handle.close(),
          };
        },
        async rename(from, to) {
          const name = to.split(/[\\\\/]/).pop();
          if (crashAt === 'before-rename' && parseBackupFileName(name) !== null) return crash();
          if (crashAt === 'before-index' && name === 'index.json') return crash();
          return fs.rename(from, to);
        },
      };
      const store = createBackupStore({ fs: crashingFs, folder: process.env.FOLDER });
      const content = await fs.readFile(process.env.CONTENT_FILE, 'utf8');
      await store.write({ reason: 'manual', content });
      process.stdout.write('DONE\\n');
    `;

    async function runAndKill(crashAt: string, content: string): Promise<NodeJS.Signals | null> {
      const contentFile = path.join(path.dirname(folder), 'content.json');
      await nodeFs.writeFile(contentFile, content);
      const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
        env: {
          ...process.env,
          BUNDLE_URL: bundleUrl,
          CRASH_AT: crashAt,
          FOLDER: folder,
          CONTENT_FILE: contentFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      await new Promise<void>((resolve, reject) => {
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          if (stdout.includes('CRASH-POINT')) resolve();
          if (stdout.includes('DONE')) reject(new Error('the child finished without crashing'));
        });
        child.on('exit', () => reject(new Error(`the child exited early: ${stderr}`)));
      });
      child.kill('SIGKILL');
      return exited;
    }

    it.each(['mid-write', 'before-rename'])(
      'killed %s: the previous backup is intact and no partial file has a final name',
      async (crashAt) => {
        const previousContent = backupText(1);
        const previous = await store().write({ reason: 'scheduled', content: previousContent });
        // Large enough that half of it is clearly a partial file.
        const next = backupText(2_000);
        expect(await runAndKill(crashAt, next)).toBe('SIGKILL');

        const names = await nodeFs.readdir(folder);
        expect(names.filter((name) => parseBackupFileName(name) !== null)).toEqual([
          previous.fileName,
        ]);
        expect(await nodeFs.readFile(path.join(folder, previous.fileName), 'utf8')).toBe(
          previousContent,
        );
        // The partial data exists only in a temp file, which no listing shows.
        const temps = names.filter(isTemp);
        expect(temps).toHaveLength(1);
        const partial = await nodeFs.stat(path.join(folder, temps[0]!));
        expect(partial.size).toBe(
          crashAt === 'mid-write'
            ? Buffer.byteLength(next.slice(0, next.length / 2))
            : Buffer.byteLength(next),
        );
        expect(await store().list()).toEqual([previous]);
        expect(await store().verify(previous.fileName)).toBe(true);

        // The next write clears the leftover.
        const after = await store().write({ reason: 'manual', content: backupText(1) });
        expect(after.verified).toBe(true);
        expect((await nodeFs.readdir(folder)).filter(isTemp)).toEqual([]);
      },
      30_000,
    );

    it('killed after the rename but before the index: the new backup lists as verified', async () => {
      const previous = await store().write({ reason: 'scheduled', content: backupText(1) });
      expect(await runAndKill('before-index', backupText(7))).toBe('SIGKILL');
      const listed = await store().list();
      expect(listed).toHaveLength(2);
      expect(listed[1]).toEqual(previous);
      expect(listed[0]).toMatchObject({
        reason: 'manual',
        verified: true,
        counts: expect.objectContaining({ units: 7 }),
      });
    }, 30_000);
  });
});
