import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../shared/backup/format';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../setup/setupOrganisation';
import { backupText } from './backupText';
import { readBackup } from './readBackup';
import { snapshot } from './snapshot';

const NOW = new Date('2026-06-15T06:00:00.000Z');

/** A worker that never loads, as a blocked or broken script would behave. */
class BrokenWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  postMessage() {
    queueMicrotask(() =>
      this.onerror?.({ message: 'script blocked', preventDefault: () => undefined }),
    );
  }
  terminate() {}
}

describe('backup text', () => {
  let db: ValvoDatabase;
  beforeAll(async () => {
    db = openTestDatabase();
    await loadExampleOrganisation(db, testContext());
  });
  afterAll(() => db.close());
  afterEach(() => vi.unstubAllGlobals());

  it('is the whole database as a backup file that reads back, where no worker exists', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = await backupText(db, '1.2.3', NOW);
    expect(text).toBe(serializeBackup(await snapshot(db, '1.2.3', NOW)));
    const read = readBackup(text);
    expect(read.ok && read.document.tables.units.length).toBeGreaterThan(30);
  });

  it('is still made, the same, when the worker fails to load', async () => {
    const constructed = vi.fn();
    vi.stubGlobal(
      'Worker',
      class extends BrokenWorker {
        constructor(url: URL) {
          super();
          constructed(String(url));
        }
      },
    );
    const text = await backupText(db, '1.2.3', NOW);
    expect(constructed).toHaveBeenCalledWith(expect.stringMatching(/backupText\.worker\.ts/));
    expect(text).toBe(serializeBackup(await snapshot(db, '1.2.3', NOW)));
  });
});
