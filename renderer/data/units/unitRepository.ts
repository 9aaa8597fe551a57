import type { Unit, UnitInput, UnitKind } from '../../../shared/domain/unit';
import { UnitInputSchema } from '../../../shared/domain/unit';
import { checkPlacement } from '../../../shared/unit-tree';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import type { DoorTransaction } from '../door/writeTransaction';
import { writeTransaction } from '../door/writeTransaction';

export const createUnitRepository = (db: ValvoDatabase, context: WriteContext) => {
  // The organisation tree is the organisation's: the door refuses it in package mode.
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(db, context, { rule: 'edit', tables: ['units'] }, body);

  const load = async (id: string) => {
    const unit = await db.units.get(id);
    if (!unit || unit.deletedAt !== null) throw new DomainError('errors.notFound');
    return unit;
  };

  const store = (
    tx: DoorTransaction,
    before: Unit,
    changes: Partial<Unit>,
    op: 'update' | 'move',
  ) => tx.update('unit', before, changes, op);

  return {
    create: async (parentId: string | null, kind: UnitKind, input: UnitInput) => {
      const fields = parseInput(UnitInputSchema, input);
      return write(async (tx) => {
        await tx.check([{ kind: 'organisation' }]);
        const units = await db.units.toArray();
        const refusal = checkPlacement(units, kind, parentId);
        if (refusal) throw new DomainError(refusal);
        const siblings = units.filter((unit) => unit.parentId === parentId);
        return tx.create('unit', {
          ...fields,
          parentId,
          kind,
          sortOrder: siblings.reduce((max, sibling) => Math.max(max, sibling.sortOrder + 1), 0),
          active: true,
        });
      });
    },

    /** Renames the unit and sets its code and people; `expectedRev` guards against a stale form. */
    update: async (id: string, expectedRev: number, input: UnitInput) => {
      const fields = parseInput(UnitInputSchema, input);
      return write(async (tx) => {
        const before = await tx.get('unit', id, { expectedRev, live: true });
        return store(tx, before, fields, 'update');
      });
    },

    move: (id: string, newParentId: string) =>
      write(async (tx) => {
        const before = await load(id);
        const refusal = checkPlacement(await db.units.toArray(), before.kind, newParentId, id);
        if (refusal) throw new DomainError(refusal);
        return store(tx, before, { parentId: newParentId }, 'move');
      }),

    /** Units are never hard-deleted: a deactivated unit keeps its rows and history. */
    setActive: (id: string, active: boolean) =>
      write(async (tx) => {
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
        return store(tx, before, { active }, 'update');
      }),
  };
};

export type UnitRepository = ReturnType<typeof createUnitRepository>;
