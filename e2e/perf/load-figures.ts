import { callHarness } from './harness';
import type { Figure } from './measure';
import { middle, progress } from './measure';
import type { Profile } from './persistent';
import { openPersistentApp } from './persistent';
import type { DataSetSize } from './synthetic-plan';

/** The app's database name (renderer/data/core/database.ts), not imported: it would load Dexie. */
const DATABASE_NAME = 'valvo';

export type LoadFigures = {
  figures: Figure[];
  /** Painting 200 plain rows: the floor of every screen figure. */
  paintFloor: { name: string; median: number };
  records: number;
};

/**
 * Loads the data set into the profile's app database, three times (twice into scratch
 * databases of the same schema, last into the app's own), each next to the floor: the same
 * records put with plain IndexedDB into a database with the same indexes. Floor and app take
 * turns going first, so neither always meets a warmer disk. Leaves the app's database loaded.
 */
export const measureBulkLoad = async (
  profile: Profile,
  size: DataSetSize,
  seed: number,
  runs = 3,
  withFloor = true,
): Promise<LoadFigures> => {
  const { page, context } = await openPersistentApp(profile, '#/');
  await page.getByRole('button', { name: 'Jatka' }).waitFor();
  progress('making the data set in the page');
  const counts = await callHarness(page, 'prepare', size, seed);
  const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const loads: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    progress(`bulk load, run ${run + 1} of ${runs}`);
    const target = run === runs - 1 ? DATABASE_NAME : `valvo-load-${run}`;
    const floor = async () => {
      if (withFloor) floors.push(await callHarness(page, 'rawFloor', `valvo-floor-${run}`));
    };
    if (run % 2 === 0) await floor();
    loads.push(await callHarness(page, 'restore', target));
    if (run % 2 === 1) await floor();
    if (target !== DATABASE_NAME) await callHarness(page, 'deleteDatabase', target);
  }
  progress('audit chain check and paint floor');
  const verify: number[] = [];
  for (let run = 0; run < runs; run += 1) verify.push(await callHarness(page, 'verifyChain'));
  await callHarness(page, 'release');
  const paints: number[] = [];
  for (let run = 0; run < 5; run += 1) paints.push(await callHarness(page, 'paintPlainRows', 200));
  await context.close();
  const idbFloor = {
    name: 'raw IndexedDB',
    median: floors.length > 0 ? middle(floors) : Number.NaN,
  };
  return {
    records,
    paintFloor: { name: '200 plain rows', median: middle(paints) },
    figures: [
      {
        measure: `load the data set (${records.toLocaleString('en')} records) through the app's restore: one Dexie transaction, strict durability`,
        median: middle(loads),
        samples: loads,
        target: null,
        unit: 'ms',
        floor: idbFloor,
        ratioTarget: 2,
      },
      {
        measure:
          'floor: the same records with plain IndexedDB (same indexes, one transaction, strict)',
        median: idbFloor.median,
        samples: floors,
        target: null,
        unit: 'ms',
      },
      {
        measure: `verify the ${counts.auditEvents?.toLocaleString('en')}-event audit chain (reading a backup file does this before a restore)`,
        median: middle(verify),
        samples: verify,
        target: null,
        unit: 'ms',
      },
      {
        measure: 'floor: paint 200 plain rows (DOM table, no framework)',
        median: middle(paints),
        samples: paints,
        target: null,
        unit: 'ms',
      },
    ],
  };
};
