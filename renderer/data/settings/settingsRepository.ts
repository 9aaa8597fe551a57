import type { Setting, SettingKey, SettingValue } from '../../../shared/domain/settings';
import { RiskCategoriesSchema, RiskMatrixSchema } from '../../../shared/domain/risk-matrix';
import { z } from 'zod';
import {
  OrganisationSchema,
  ProfileSchema,
  ReportStatementSchema,
  SettingSchema,
} from '../../../shared/domain/settings';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import { assertSettingWritable, packageScopeTables } from '../door/packageScope';

const VALUE_SCHEMAS = {
  profile: ProfileSchema,
  organisation: OrganisationSchema,
  riskMatrix: RiskMatrixSchema,
  riskCategories: RiskCategoriesSchema,
  reportStatements: z.array(ReportStatementSchema),
} as const;

export const readSetting = async <K extends SettingKey>(
  db: ValvoDatabase,
  key: K,
): Promise<SettingValue<K> | null> => {
  const row = await db.settings.where('key').equals(key).first();
  const value: unknown = row && row.deletedAt === null ? row.value : null;
  return value as SettingValue<K> | null;
};

export const createSettingsRepository = (db: ValvoDatabase, context: WriteContext) => ({
  /** Creates or replaces one setting, with its audit event, in one transaction. */
  save: async <K extends SettingKey>(key: K, value: SettingValue<K>) => {
    const parsed = parseInput(VALUE_SCHEMAS[key], value);
    // Saving a profile is done by the person it names, also on the very first run.
    const writer =
      key === 'profile'
        ? { ...context, actor: () => (parsed as SettingValue<'profile'>).name }
        : context;
    const tables = [db.settings, db.auditEvents, ...packageScopeTables(db)];
    return db.transaction('rw', tables, async () => {
      await assertSettingWritable(db, key);
      const before = await db.settings.where('key').equals(key).first();
      const after = validateRecord(
        SettingSchema,
        before
          ? revise(before, { value: parsed } as Partial<Setting>, writer)
          : { ...freshMeta(writer), key, value: parsed },
      );
      await db.settings.put(after);
      await appendAuditEvents(db, writer, [
        {
          entity: 'setting',
          entityId: after.id,
          op: before ? 'update' : 'create',
          before: before ?? null,
          after,
        },
      ]);
      return after;
    });
  },
});

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
