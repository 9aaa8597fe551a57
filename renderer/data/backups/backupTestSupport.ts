/**
 * The register the backup tests start from (imported only by *.test.ts files): the example
 * organisation with a few edits of its own and a measured, judged goal indicator, as a backup
 * read back from its file; and the helpers that compare databases before and after.
 */
import type { BackupDocument } from '../../../shared/backup/format';
import { serializeBackup } from '../../../shared/backup/format';
import type { VerifiedBackup } from '../../../shared/backup/read';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { createActionRepository } from '../actions/actionRepository';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import { createIndicatorRepository } from '../goals/indicatorRepository';
import { createSettingsRepository } from '../settings/settingsRepository';
import { loadExampleOrganisation } from '../setup/setupOrganisation';
import { createUnitRepository } from '../units/unitRepository';
import { restoreBackup } from './backupService';
import { readBackup } from './readBackup';
import { snapshot } from './snapshot';

export const APP_VERSION = '9.9.9-test';

/** Every table's rows, for "nothing changed" comparisons (the header's createdAt always differs). */
export const tablesOf = async (db: ValvoDatabase) => (await snapshot(db, APP_VERSION)).tables;

/** A document as the UI gets one: written to a file and read back, so verified. */
export const readBack = (document: BackupDocument): VerifiedBackup => {
  const read = readBackup(serializeBackup(document));
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));
  return read.document;
};

/** The example organisation with a few edits of its own, as a backup read from its file. */
export const buildBase = async (): Promise<VerifiedBackup> => {
  const db = openTestDatabase();
  const context = testContext();
  await loadExampleOrganisation(db, context);
  await createSettingsRepository(db, context).save('profile', {
    name: 'Maija Meikäläinen',
    role: 'controller',
  });
  const units = createUnitRepository(db, context);
  const unit = (await db.units.toArray()).find((item) => item.kind === 'area')!;
  context.advance(5);
  await units.update(unit.id, unit.rev, { ...unit, name: 'Hallinto "ja" äöå-palvelut' });
  const row = (await db.controlActions.toArray())[0]!;
  await createActionRepository(db, context).setStatus(
    row.id,
    row.rev,
    { status: 'in_progress', note: 'Aloitettu; rivinvaihto\nja emoji 🙂' },
    '2026-03-02',
  );
  // A measured goal indicator with an actual value and a judgement, so that every damage the
  // tests make can reach indicators too.
  const indicators = createIndicatorRepository(db, context);
  const measure = await indicators.add(row.id, newBusinessesIndicator);
  const read = await indicators.addReading(measure.id, measure.rev, {
    date: '1.3.2026',
    value: '16',
  });
  await indicators.judge(read.id, read.rev, 'partlyMet');
  const base = readBack(await snapshot(db, APP_VERSION, new Date('2026-03-02T09:00:00.000Z')));
  db.close();
  return base;
};

/** A database holding the base backup, and the context that restored it. */
export const restoreBase = async (
  db: ValvoDatabase,
  base: VerifiedBackup,
  actor = 'Maija Meikäläinen',
) => {
  const context = testContext(actor, '2026-04-01T08:00:00.000Z');
  await restoreBackup(db, context, base);
  return { db, context };
};
