import type { ActionImportPlan, ImportState } from '../../../shared/imports/action-import';
import { scopeUnits } from '../../../shared/exports/register-tables';
import type { ValvoDatabase } from '../core/database';
import type { WriteContext } from '../core/writeContext';
import { createActionRepository } from '../actions/actionRepository';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import { readPriorities, readTableKinds } from '../goals/goalSettings';
import { readUnits } from '../units/readUnits';

export type ValidPlan = Extract<ActionImportPlan, { ok: true }>;
export type ImportProgress = { done: number; total: number };
export type ImportResult = { created: number; updated: number };

/**
 * The register an import of the unit and its subtree is checked against: the scope's live units,
 * every plan year, every row of those units (deleted ones too, to explain their Ids), the
 * table kinds and every year's strategy priorities.
 */
export const loadImportState = (db: ValvoDatabase, unitId: string): Promise<ImportState> =>
  db.transaction('r', [db.units, db.planYears, db.controlActions, db.settings], async () => {
    const units = scopeUnits(await readUnits(db), unitId);
    const actions = await db.controlActions
      .where('unitId')
      .anyOf(units.map((unit) => unit.id))
      .toArray();
    return {
      units,
      planYears: await db.planYears.toArray(),
      actions,
      kinds: await readTableKinds(db),
      priorities: await readPriorities(db),
    };
  });

/**
 * A write of the import refused by the data layer, with the Excel row it came from. `cause` is
 * the repository's error (e.g. a closed year or a row changed since the file was checked).
 */
export class ActionImportError extends Error {
  readonly row: number;
  override readonly cause: unknown;

  constructor(row: number, cause: unknown) {
    super(`row ${row}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ActionImportError';
    this.row = row;
    this.cause = cause;
  }
}

/**
 * Applies a checked plan: controllers only; first the automatic backup (`backup` throws to stop
 * the import when it cannot be taken), then every create and update through the row
 * repository's own write paths (the closed-year lock, approval withdrawal and audit events
 * included) in one transaction. A refused row fails the whole import and nothing is written.
 */
export const importActions = async (
  db: ValvoDatabase,
  context: WriteContext,
  plan: ValidPlan,
  {
    backup,
    onProgress = () => undefined,
  }: { backup: () => Promise<unknown>; onProgress?: (progress: ImportProgress) => void },
): Promise<ImportResult> => {
  // Refused before the backup is taken; the door checks the role again.
  assertRole('controller', context);
  const total = plan.creates.length + plan.updates.length;
  if (total === 0) return { created: 0, updated: 0 };
  await backup();
  const actions = createActionRepository(db, context);
  let done = 0;
  const step = async (row: number, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      throw new ActionImportError(row, error);
    }
    done += 1;
    onProgress({ done, total });
  };
  // The row repository's writes are door transactions nested in this one: all or nothing.
  await writeTransaction(
    db,
    context,
    { rule: 'controller', tables: ['controlActions', 'settings'] },
    async () => {
      for (const create of plan.creates) {
        await step(create.row, () => actions.create(create.unitId, create.year, create.values));
      }
      for (const update of plan.updates) {
        await step(update.row, () => actions.update(update.id, update.rev, update.values));
      }
    },
  );
  return { created: plan.creates.length, updated: plan.updates.length };
};
