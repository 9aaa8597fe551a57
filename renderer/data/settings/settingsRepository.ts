import type { RecordMeta } from '../../../shared/domain/record';
import type { Setting, SettingKey, SettingValue } from '../../../shared/domain/settings';
import { RiskCategoriesSchema, RiskMatrixSchema } from '../../../shared/domain/risk-matrix';
import { z } from 'zod';
import {
  OrganisationSchema,
  ProfileSchema,
  ReportStatementSchema,
} from '../../../shared/domain/settings';
import { StrategyPrioritiesSchema } from '../../../shared/domain/priority';
import { TableKindsSchema } from '../../../shared/domain/table-kind';
import type { ValvoDatabase } from '../core/database';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { writeTransaction } from '../door/writeTransaction';

const VALUE_SCHEMAS = {
  profile: ProfileSchema,
  organisation: OrganisationSchema,
  riskMatrix: RiskMatrixSchema,
  riskCategories: RiskCategoriesSchema,
  reportStatements: z.array(ReportStatementSchema),
  tableKinds: TableKindsSchema,
  strategyPriorities: StrategyPrioritiesSchema,
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
    // The profile is personal and always writable; every other setting is the organisation's.
    return writeTransaction(db, writer, { rule: 'edit', tables: ['settings'] }, async (tx) => {
      const before = await db.settings.where('key').equals(key).first();
      return before
        ? tx.update('setting', before, { value: parsed } as Partial<Setting>, 'update')
        : tx.create('setting', { key, value: parsed } as Omit<Setting, keyof RecordMeta>);
    });
  },
});

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
