import type { ReportStatement } from '../../../shared/domain/settings';
import { ReportStatementSchema } from '../../../shared/domain/settings';
import type { ValvoDatabase } from '../core/database';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
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
    assertRole('controller', context);
    const parsed = parseInput(ReportStatementSchema, statement);
    // settings.save checks package mode; its door transaction nests in this one.
    return writeTransaction(db, context, { rule: 'controller', tables: ['settings'] }, async () => {
      const others = ((await readSetting(db, 'reportStatements')) ?? []).filter(
        (item) => item.year !== parsed.year || item.scopeUnitId !== parsed.scopeUnitId,
      );
      await createSettingsRepository(db, context).save('reportStatements', [...others, parsed]);
    });
  },
});
