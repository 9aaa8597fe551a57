import type { ReportStatement } from '../../../shared/domain/settings';
import { ReportStatementSchema } from '../../../shared/domain/settings';
import type { ValvoDatabase } from '../core/database';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { packageScopeTables } from '../door/packageScope';
import { requireController } from '../door/roles';
import { createSettingsRepository, readSetting } from '../settings/settingsRepository';

export const readStatement = async (
  db: ValvoDatabase,
  year: number,
  scopeUnitId: string,
): Promise<string | null> =>
  (await readSetting(db, 'reportStatements'))?.find(
    (item) => item.year === year && item.scopeUnitId === scopeUnitId,
  )?.text ?? null;

/** The controller's edited §115 statement, one per year and scope, kept with its audit trail. */
export const createReportStatementRepository = (db: ValvoDatabase, context: WriteContext) => ({
  save: async (statement: ReportStatement) => {
    requireController(context);
    const parsed = parseInput(ReportStatementSchema, statement);
    // settings.save checks package mode; its transaction nests in this one.
    const tables = [db.settings, db.auditEvents, ...packageScopeTables(db)];
    return db.transaction('rw', tables, async () => {
      const others = ((await readSetting(db, 'reportStatements')) ?? []).filter(
        (item) => item.year !== parsed.year || item.scopeUnitId !== parsed.scopeUnitId,
      );
      await createSettingsRepository(db, context).save('reportStatements', [...others, parsed]);
    });
  },
});
