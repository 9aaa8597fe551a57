import type { Risk, RiskFormValues, RiskInput } from '../../../shared/domain/risk';
import { RiskInputSchema } from '../../../shared/domain/risk';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { revise } from '../core/writeContext';
import type { DoorTransaction } from '../door/writeTransaction';
import { writeTransaction } from '../door/writeTransaction';
import { readCategories } from './riskSettings';

type RiskFields = Omit<RiskInput, 'linkedActionIds'>;

export const createRiskRepository = (db: ValvoDatabase, context: WriteContext) => {
  // A risk goes with its unit (package scope); the rows it links to are year-bound.
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(
      db,
      context,
      { rule: 'edit', tables: ['risks', 'controlActions', 'settings'] },
      body,
    );

  /** Checks the references a risk makes: a known category, an objective row of the same unit. */
  const checkReferences = async (unitId: string, fields: RiskFields) => {
    if (
      fields.category !== '' &&
      !(await readCategories(db)).some((item) => item.id === fields.category)
    ) {
      throw new DomainError('risks.errors.unknownCategory');
    }
    if (fields.objectiveActionId) {
      const action = await db.controlActions.get(fields.objectiveActionId);
      if (!action || action.unitId !== unitId || action.deletedAt !== null)
        throw new DomainError('risks.errors.linkOutsideUnit');
    }
  };

  /**
   * Makes the unit's rows that reduce this risk exactly `actionIds` (a row may serve several
   * risks), writing each changed row with its audit event.
   */
  const setLinks = async (tx: DoorTransaction, risk: Risk, actionIds: readonly string[]) => {
    const rows = await db.controlActions
      .where('unitId')
      .equals(risk.unitId)
      .filter((row) => row.deletedAt === null)
      .toArray();
    const known = new Set(rows.map((row) => row.id));
    if (actionIds.some((id) => !known.has(id)))
      throw new DomainError('risks.errors.linkOutsideUnit');
    const updates = [];
    for (const row of rows) {
      const isLinked = row.riskIds.includes(risk.id);
      const shouldLink = actionIds.includes(row.id);
      if (isLinked === shouldLink) continue;
      // Linking changes the row, so the door keeps a closed year's rows as they are.
      const riskIds = shouldLink
        ? [...row.riskIds, risk.id]
        : row.riskIds.filter((id) => id !== risk.id);
      updates.push({
        before: row,
        after: revise(row, { riskIds }, context),
        op: 'update' as const,
      });
    }
    await tx.write('controlAction', updates);
  };

  const store = (
    tx: DoorTransaction,
    before: Risk,
    changes: Partial<Risk>,
    op: 'update' | 'delete' | 'restore',
  ) => tx.update('risk', before, changes, op);

  return {
    create: async (unitId: string, values: RiskFormValues) => {
      const { linkedActionIds, ...fields } = parseInput(RiskInputSchema, values);
      return write(async (tx) => {
        const unit = await db.units.get(unitId);
        if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
        if (!unit.active) throw new DomainError('actions.errors.unitInactive');
        await tx.check([{ kind: 'unit', unitId }]);
        await checkReferences(unitId, fields);
        const risk = await tx.create('risk', { ...fields, unitId });
        await setLinks(tx, risk, linkedActionIds);
        return risk;
      });
    },

    update: async (id: string, expectedRev: number, values: RiskFormValues) => {
      const { linkedActionIds, ...fields } = parseInput(RiskInputSchema, values);
      return write(async (tx) => {
        const before = await tx.get('risk', id, { expectedRev, live: true });
        await checkReferences(before.unitId, fields);
        const after = await store(tx, before, fields, 'update');
        await setLinks(tx, after, linkedActionIds);
        return after;
      });
    },

    softDelete: (id: string) =>
      write(async (tx) => {
        const before = await tx.get('risk', id);
        if (before.deletedAt !== null) return before;
        return store(tx, before, { deletedAt: context.now().toISOString() }, 'delete');
      }),

    restore: (id: string) =>
      write(async (tx) => {
        const before = await tx.get('risk', id);
        if (before.deletedAt === null) return before;
        return store(tx, before, { deletedAt: null }, 'restore');
      }),
  };
};

export type RiskRepository = ReturnType<typeof createRiskRepository>;
