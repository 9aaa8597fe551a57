import type { StrategyPriority } from '../../../shared/domain/priority';
import { StrategyPrioritySchema } from '../../../shared/domain/priority';
import type { TableKind } from '../../../shared/domain/table-kind';
import { TableKindSchema, kindNameTaken, moveKind } from '../../../shared/domain/table-kind';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { createSettingsRepository } from '../settings/settingsRepository';
import { writeTransaction } from '../door/writeTransaction';
import type { DoorTransaction } from '../door/writeTransaction';
import { countRowsUsing, readPriorities, readTableKinds } from './goalSettings';

type Labels = TableKind['labels'];

/**
 * The controller's lists for the goal tables: the organisation's table kinds, and each plan
 * year's strategy priorities. A kind or a priority in use by rows cannot be deleted.
 */
export const createGoalSettingsRepository = (db: ValvoDatabase, context: WriteContext) => {
  const settings = createSettingsRepository(db, context);
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(
      db,
      context,
      { rule: 'controller', tables: ['settings', 'controlActions'] },
      body,
    );

  // Kinds are the organisation's: package mode refuses them before anything else is checked.
  const changeKinds = (change: (kinds: TableKind[]) => TableKind[]) =>
    write(async (tx) => {
      await tx.check([{ kind: 'organisation' }]);
      const kinds = change(await readTableKinds(db));
      await settings.save('tableKinds', kinds);
      return kinds;
    });

  const refuseTakenName = (kinds: readonly TableKind[], labels: Labels, exceptId?: string) => {
    const language = kindNameTaken(kinds, labels, exceptId);
    if (language)
      throw new DomainError('goals.kinds.errors.nameTaken', { name: labels[language].name });
  };

  const kindIn = (kinds: readonly TableKind[], id: string) => {
    const kind = kinds.find((item) => item.id === id);
    if (!kind) throw new DomainError('errors.notFound');
    return kind;
  };

  const changePriorities = (
    year: number,
    change: (list: StrategyPriority[]) => StrategyPriority[] | Promise<StrategyPriority[]>,
  ) =>
    write(async (tx) => {
      await tx.requireYear(year);
      await tx.check([{ kind: 'organisation', year }]);
      const all = await readPriorities(db);
      const others = all.filter((item) => item.year !== year);
      const changed = await change(all.filter((item) => item.year === year));
      await settings.save('strategyPriorities', [...others, ...changed]);
      return changed;
    });

  return {
    /** A city's own kind, added last. */
    addKind: (labels: Labels, usesPriorities: boolean) =>
      changeKinds((kinds) => {
        const kind = parseInput(TableKindSchema, {
          id: context.newId(),
          builtIn: null,
          labels,
          usesPriorities,
          retired: false,
        });
        refuseTakenName(kinds, kind.labels);
        return [...kinds, kind];
      }),

    renameKind: (id: string, labels: Labels) =>
      changeKinds((kinds) => {
        const renamed = parseInput(TableKindSchema, { ...kindIn(kinds, id), labels });
        refuseTakenName(kinds, renamed.labels, id);
        return kinds.map((kind) => (kind.id === id ? renamed : kind));
      }),

    moveKind: (id: string, step: -1 | 1) =>
      changeKinds((kinds) => {
        kindIn(kinds, id);
        return moveKind(kinds, id, step);
      }),

    /** A retired kind takes no new rows; its rows stay. Taken back with `retired` false. */
    setKindRetired: (id: string, retired: boolean) =>
      changeKinds((kinds) => {
        kindIn(kinds, id);
        if (retired && kinds.filter((kind) => !kind.retired && kind.id !== id).length === 0)
          throw new DomainError('goals.kinds.errors.lastActive');
        return kinds.map((kind) => (kind.id === id ? { ...kind, retired } : kind));
      }),

    /** Only a city's own kind, and only while no row uses it (the count is in the message). */
    deleteKind: (id: string) =>
      write(async (tx) => {
        await tx.check([{ kind: 'organisation' }]);
        const kinds = await readTableKinds(db);
        if (kindIn(kinds, id).builtIn !== null) throw new DomainError('goals.kinds.errors.builtIn');
        const count = await countRowsUsing(db, 'kindId', id);
        if (count > 0) throw new DomainError('goals.kinds.errors.inUse', { count });
        const left = kinds.filter((kind) => kind.id !== id);
        await settings.save('tableKinds', left);
        return left;
      }),

    addPriority: (year: number, name: string) =>
      changePriorities(year, (list) => {
        const priority = parseInput(StrategyPrioritySchema, { id: context.newId(), year, name });
        if (
          list.some(
            (item) => item.name.toLocaleLowerCase('fi') === priority.name.toLocaleLowerCase('fi'),
          )
        )
          throw new DomainError('goals.priorities.errors.nameTaken', { name: priority.name });
        return [...list, priority];
      }),

    /** Rows name their priority by id, so they follow the new name. */
    renamePriority: (year: number, id: string, name: string) =>
      changePriorities(year, (list) => {
        const renamed = parseInput(StrategyPrioritySchema, { id, year, name });
        if (!list.some((item) => item.id === id)) throw new DomainError('errors.notFound');
        if (
          list.some(
            (item) =>
              item.id !== id &&
              item.name.toLocaleLowerCase('fi') === renamed.name.toLocaleLowerCase('fi'),
          )
        )
          throw new DomainError('goals.priorities.errors.nameTaken', { name: renamed.name });
        return list.map((item) => (item.id === id ? renamed : item));
      }),

    movePriority: (year: number, id: string, step: -1 | 1) =>
      changePriorities(year, (list) => {
        const from = list.findIndex((item) => item.id === id);
        if (from < 0) throw new DomainError('errors.notFound');
        const to = from + step;
        if (to < 0 || to >= list.length) return list;
        const moved = [...list];
        [moved[from], moved[to]] = [moved[to]!, moved[from]!];
        return moved;
      }),

    deletePriority: (year: number, id: string) =>
      changePriorities(year, async (list) => {
        const count = await countRowsUsing(db, 'priorityId', id);
        if (count > 0) throw new DomainError('goals.priorities.errors.inUse', { count });
        return list.filter((item) => item.id !== id);
      }),
  };
};

export type GoalSettingsRepository = ReturnType<typeof createGoalSettingsRepository>;
