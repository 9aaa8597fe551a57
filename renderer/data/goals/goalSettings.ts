import type { StrategyPriority } from '../../../shared/domain/priority';
import type { TableKind } from '../../../shared/domain/table-kind';
import { PRESET_TABLE_KINDS } from '../../../shared/table-kind-presets';
import type { ValvoDatabase } from '../core/database';
import { readSetting } from '../settings/settingsRepository';

/** The organisation's table kinds in order; the built-in ones until a controller changes them. */
export const readTableKinds = async (db: ValvoDatabase): Promise<TableKind[]> =>
  (await readSetting(db, 'tableKinds')) ?? structuredClone([...PRESET_TABLE_KINDS]);

/** Every plan year's strategy priorities. */
export const readPriorities = async (db: ValvoDatabase): Promise<StrategyPriority[]> =>
  (await readSetting(db, 'strategyPriorities')) ?? [];

/** How many live rows name `field` = `id` (a kind or a priority). */
export const countRowsUsing = (db: ValvoDatabase, field: 'kindId' | 'priorityId', id: string) =>
  field === 'kindId'
    ? db.controlActions
        .where('kindId')
        .equals(id)
        .filter((row) => row.deletedAt === null)
        .count()
    : db.controlActions.filter((row) => row.deletedAt === null && row.priorityId === id).count();
