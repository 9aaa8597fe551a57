import type { ControlAction } from '../domain/control-action';
import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';

export type PlanGroup<R> = { priority: StrategyPriority | null; rows: R[] };
export type PlanSection<R> = { kind: TableKind; groups: PlanGroup<R>[] };

type Placed = Pick<ControlAction, 'kindId' | 'priorityId'>;

/**
 * A unit's rows as the budget prints them: one section per kind that has rows, in the kinds'
 * order; a kind with priorities in one group per priority of the year, in their order, then the
 * rows under no priority (or under one the year no longer lists). Rows keep their given order.
 * A row of a kind the organisation no longer lists gets a section of its own at the end, named
 * by its id, so that no row is ever hidden.
 */
export const planSections = <R extends Placed>(
  rows: readonly R[],
  kinds: readonly TableKind[],
  priorities: readonly StrategyPriority[],
): PlanSection<R>[] => {
  const byKind = new Map<string, R[]>();
  for (const row of rows) byKind.set(row.kindId, [...(byKind.get(row.kindId) ?? []), row]);
  const known = new Set(kinds.map((kind) => kind.id));
  const orphans = [...byKind.keys()].filter((id) => !known.has(id));
  const fallback = kinds.find((kind) => kind.id === 'internalControl') ?? kinds[0]!;
  const sectionKinds = [
    ...kinds.filter((kind) => byKind.has(kind.id)),
    ...orphans.map((id) => ({ ...fallback, id, builtIn: null, usesPriorities: false })),
  ];
  return sectionKinds.map((kind) => {
    const own = byKind.get(kind.id) ?? [];
    if (!kind.usesPriorities) return { kind, groups: [{ priority: null, rows: own }] };
    const listed = new Set(priorities.map((priority) => priority.id));
    const groups: PlanGroup<R>[] = priorities
      .map((priority) => ({ priority, rows: own.filter((row) => row.priorityId === priority.id) }))
      .filter((group) => group.rows.length > 0);
    const loose = own.filter((row) => row.priorityId === null || !listed.has(row.priorityId));
    return {
      kind,
      groups: loose.length > 0 ? [...groups, { priority: null, rows: loose }] : groups,
    };
  });
};
