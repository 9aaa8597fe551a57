import type { Risk, RiskFormValues, RiskInput } from '../../../shared/domain/risk';
import { RiskInputSchema, RiskSchema } from '../../../shared/domain/risk';
import { ControlActionSchema } from '../../../shared/domain/control-action';
import type { AuditDraft } from '../core/auditLog';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import { assertYearWritable } from '../door/yearLock';
import { assertInPackageScope, packageScopeTables } from '../door/packageScope';
import { withdrawApproval } from '../door/approvals';
import { readCategories } from './riskSettings';

type RiskFields = Omit<RiskInput, 'linkedActionIds'>;

export const createRiskRepository = (db: ValvoDatabase, context: WriteContext) => {
  const tables = [
    db.risks,
    db.controlActions,
    db.units,
    db.settings,
    db.planYears,
    db.unitReviews,
    db.auditEvents,
    ...packageScopeTables(db),
  ];

  const load = async (id: string, expectedRev?: number) => {
    const risk = await db.risks.get(id);
    if (!risk) throw new DomainError('errors.notFound');
    if (expectedRev !== undefined && risk.rev !== expectedRev)
      throw new DomainError('errors.staleRecord');
    return risk;
  };

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
  const setLinks = async (risk: Risk, actionIds: readonly string[]) => {
    const rows = await db.controlActions
      .where('unitId')
      .equals(risk.unitId)
      .filter((row) => row.deletedAt === null)
      .toArray();
    const known = new Set(rows.map((row) => row.id));
    if (actionIds.some((id) => !known.has(id)))
      throw new DomainError('risks.errors.linkOutsideUnit');
    const drafts: AuditDraft[] = [];
    for (const row of rows) {
      const isLinked = row.riskIds.includes(risk.id);
      const shouldLink = actionIds.includes(row.id);
      if (isLinked === shouldLink) continue;
      // Linking changes the row, so a closed year's rows stay as they are.
      await assertYearWritable(db, row.year);
      await withdrawApproval(db, context, row.unitId, row.year);
      const riskIds = shouldLink
        ? [...row.riskIds, risk.id]
        : row.riskIds.filter((id) => id !== risk.id);
      const after = validateRecord(ControlActionSchema, revise(row, { riskIds }, context));
      await db.controlActions.put(after);
      drafts.push({ entity: 'controlAction', entityId: row.id, op: 'update', before: row, after });
    }
    await appendAuditEvents(db, context, drafts);
  };

  const store = async (
    before: Risk,
    changes: Partial<Risk>,
    op: 'update' | 'delete' | 'restore',
  ) => {
    await assertInPackageScope(db, { unitId: before.unitId });
    const after = validateRecord(RiskSchema, revise(before, changes, context));
    await db.risks.put(after);
    await appendAuditEvents(db, context, [
      { entity: 'risk', entityId: after.id, op, before, after },
    ]);
    return after;
  };

  return {
    create: async (unitId: string, values: RiskFormValues) => {
      const { linkedActionIds, ...fields } = parseInput(RiskInputSchema, values);
      return db.transaction('rw', tables, async () => {
        const unit = await db.units.get(unitId);
        if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
        if (!unit.active) throw new DomainError('actions.errors.unitInactive');
        await assertInPackageScope(db, { unitId });
        await checkReferences(unitId, fields);
        const risk = validateRecord(RiskSchema, { ...freshMeta(context), ...fields, unitId });
        await db.risks.add(risk);
        await appendAuditEvents(db, context, [
          { entity: 'risk', entityId: risk.id, op: 'create', before: null, after: risk },
        ]);
        await setLinks(risk, linkedActionIds);
        return risk;
      });
    },

    update: async (id: string, expectedRev: number, values: RiskFormValues) => {
      const { linkedActionIds, ...fields } = parseInput(RiskInputSchema, values);
      return db.transaction('rw', tables, async () => {
        const before = await load(id, expectedRev);
        if (before.deletedAt !== null) throw new DomainError('errors.notFound');
        await checkReferences(before.unitId, fields);
        const after = await store(before, fields, 'update');
        await setLinks(after, linkedActionIds);
        return after;
      });
    },

    softDelete: (id: string) =>
      db.transaction('rw', tables, async () => {
        const before = await load(id);
        if (before.deletedAt !== null) return before;
        return store(before, { deletedAt: context.now().toISOString() }, 'delete');
      }),

    restore: (id: string) =>
      db.transaction('rw', tables, async () => {
        const before = await load(id);
        if (before.deletedAt === null) return before;
        return store(before, { deletedAt: null }, 'restore');
      }),
  };
};

export type RiskRepository = ReturnType<typeof createRiskRepository>;
