import { callHarness } from './harness';
import type { Figure } from './measure';
import type { PersistentApp } from './persistent';

const MIB = 1024 * 1024;

/**
 * One backup of the whole data set, made and read back in the page as the app does it: the
 * time to write the document and to read it, and its size against the backup size limit.
 * The app is closed afterwards.
 */
export const measureBackup = async (app: PersistentApp): Promise<Figure[]> => {
  try {
    await app.page.getByRole('heading', { level: 1 }).waitFor({ timeout: 120_000 });
    const result = await callHarness(app.page, 'backupRoundTrip');
    const refused = result.problems.join('; ').slice(0, 160);
    const size = `${(result.bytes / MIB).toFixed(0)} MiB, ${(result.characters / 1e6).toFixed(0)} M characters`;
    return [
      {
        measure: `back up the whole data set: read every table, hash, JSON (${size})`,
        median: result.written,
        samples: [result.written],
        target: null,
        unit: 'ms',
      },
      refused === ''
        ? {
            measure: 'read that backup back as a restore does (JSON, schemas, references, chain)',
            median: result.read,
            samples: [result.read],
            target: null,
            unit: 'ms',
          }
        : {
            measure: `read that backup back as a restore does: refused after ${Math.round(result.read)} ms`,
            median: null,
            target: null,
            unit: 'ms',
            note: refused,
          },
      {
        measure: 'size of that backup (UTF-8) against the backup size limit',
        median: result.bytes / MIB,
        target: result.limit / MIB,
        unit: 'MiB',
      },
    ];
  } finally {
    await app.context.close();
  }
};
