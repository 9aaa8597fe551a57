import type { Unit, UnitInput, UnitKind } from '../../../shared/domain/unit';
import { UnitInputSchema, UnitSchema } from '../../../shared/domain/unit';
import { checkPlacement } from '../../../shared/unit-tree';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta, revise } from '../core/writeContext';
import { assertNotInPackageMode, packageScopeTables } from '../door/packageScope';

export const createUnitRepository = (db: ValvoDatabase, context: WriteContext) => {
  const tables = [db.units, db.auditEvents, ...packageScopeTables(db)];

  const load = async (id: string) => {
    const unit = await db.units.get(id);
    if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
    return unit;
  };

  const store = async (before: Unit, changes: Partial<Unit>, op: 'update' | 'move') => {
    await assertNotInPackageMode(db);
    const after = validateRecord(UnitSchema, revise(before, changes, context));
    await db.units.put(after);
    await appendAuditEvents(db, context, [
      { entity: 'unit', entityId: after.id, op, before, after },
    ]);
    return after;
  };

  return {
    create: async (parentId: string | null, kind: UnitKind, input: UnitInput) => {
      const fields = parseInput(UnitInputSchema, input);
      return db.transaction('rw', tables, async () => {
        await assertNotInPackageMode(db);
        const units = await db.units.toArray();
        const refusal = checkPlacement(units, kind, parentId);
        if (refusal) throw new DomainError(refusal);
        const siblings = units.filter((unit) => unit.parentId === parentId);
        const unit = validateRecord(UnitSchema, {
          ...freshMeta(context),
          ...fields,
          parentId,
          kind,
          sortOrder: siblings.reduce((max, sibling) => Math.max(max, sibling.sortOrder + 1), 0),
          active: true,
        });
        await db.units.add(unit);
        await appendAuditEvents(db, context, [
          { entity: 'unit', entityId: unit.id, op: 'create', before: null, after: unit },
        ]);
        return unit;
      });
    },

    /** Renames the unit and sets its code and people; `expectedRev` guards against a stale form. */
    update: async (id: string, expectedRev: number, input: UnitInput) => {
      const fields = parseInput(UnitInputSchema, input);
      return db.transaction('rw', tables, async () => {
        const before = await load(id);
        if (before.rev !== expectedRev) throw new DomainError('errors.staleRecord');
        return store(before, fields, 'update');
      });
    },

    move: (id: string, newParentId: string) =>
      db.transaction('rw', tables, async () => {
        const before = await load(id);
        const refusal = checkPlacement(await db.units.toArray(), before.kind, newParentId, id);
        if (refusal) throw new DomainError(refusal);
        return store(before, { parentId: newParentId }, 'move');
      }),

    /** Units are never hard-deleted: a deactivated unit keeps its rows and history. */
    setActive: (id: string, active: boolean) =>
      db.transaction('rw', tables, async () => {
        const before = await load(id);
        if (before.kind === 'organisation')
          throw new DomainError('units.errors.organisationAlwaysActive');
        if (before.active === active) return before;
        if (active && before.parentId) {
          const parent = await load(before.parentId);
          if (!parent.active) throw new DomainError('units.errors.parentInactive');
        }
        if (!active) {
          const activeChild = await db.units
            .where('parentId')
            .equals(id)
            .filter((unit) => unit.active && !unit.deletedAt)
            .first();
          if (activeChild) throw new DomainError('units.errors.hasActiveChildren');
        }
        return store(before, { active }, 'update');
      }),
  };
};

export type UnitRepository = ReturnType<typeof createUnitRepository>;
