import type { Unit, UnitKind } from './domain/unit';
import { ALLOWED_PARENT_KINDS } from './domain/unit';

type TreeUnit = Pick<
  Unit,
  'id' | 'parentId' | 'kind' | 'name' | 'sortOrder' | 'active' | 'deletedAt'
>;

export type UnitNode<U extends TreeUnit = TreeUnit> = {
  unit: U;
  depth: number;
  children: UnitNode<U>[];
};

const byOrderThenName = (a: TreeUnit, b: TreeUnit) =>
  a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'fi');

/** The organisation as a forest of nodes, children sorted by sortOrder then Finnish name. */
export const buildUnitTree = <U extends TreeUnit>(units: readonly U[]): UnitNode<U>[] => {
  const live = units.filter((unit) => unit.deletedAt === null);
  const ids = new Set(live.map((unit) => unit.id));
  const childrenOf = new Map<string | null, U[]>();
  for (const unit of live) {
    const parent = unit.parentId !== null && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(unit);
    else childrenOf.set(parent, [unit]);
  }
  const grow = (parentId: string | null, depth: number): UnitNode<U>[] =>
    (childrenOf.get(parentId) ?? [])
      .sort(byOrderThenName)
      .map((unit) => ({ unit, depth, children: grow(unit.id, depth + 1) }));
  return grow(null, 0);
};

/** Depth-first order of the tree, as a screen lists it. */
export const flattenUnitTree = <U extends TreeUnit>(nodes: readonly UnitNode<U>[]): UnitNode<U>[] =>
  nodes.flatMap((node) => [node, ...flattenUnitTree(node.children)]);

/** Ids of every unit below `unitId` (not including it). */
export const descendantIds = (units: readonly TreeUnit[], unitId: string): Set<string> => {
  const found = new Set<string>();
  const queue = [unitId];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const unit of units) {
      if (unit.parentId === current && !found.has(unit.id)) {
        found.add(unit.id);
        queue.push(unit.id);
      }
    }
  }
  return found;
};

/** The chain from the root down to the unit, for breadcrumbs and report scopes. */
export const unitPath = <U extends TreeUnit>(units: readonly U[], unitId: string): U[] => {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const path: U[] = [];
  let current = byId.get(unitId);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
};

export type PlacementError =
  | 'units.errors.parentMissing'
  | 'units.errors.parentInactive'
  | 'units.errors.moveUnderSelf'
  | 'units.errors.moveUnderDescendant'
  | 'units.errors.kindNotAllowedHere'
  | 'units.errors.secondOrganisation';

/**
 * Whether a unit of `kind` may stand under `parentId`; `unitId` is given when an existing unit
 * moves, so that a move under itself or its own descendant is refused.
 */
export const checkPlacement = (
  units: readonly TreeUnit[],
  kind: UnitKind,
  parentId: string | null,
  unitId?: string,
): PlacementError | null => {
  if (parentId === null) {
    const hasRoot = units.some(
      (unit) => unit.kind === 'organisation' && unit.id !== unitId && !unit.deletedAt,
    );
    return kind === 'organisation' && !hasRoot ? null : 'units.errors.secondOrganisation';
  }
  if (unitId !== undefined) {
    if (parentId === unitId) return 'units.errors.moveUnderSelf';
    if (descendantIds(units, unitId).has(parentId)) return 'units.errors.moveUnderDescendant';
  }
  const parent = units.find((unit) => unit.id === parentId && unit.deletedAt === null);
  if (!parent) return 'units.errors.parentMissing';
  if (!parent.active) return 'units.errors.parentInactive';
  if (!ALLOWED_PARENT_KINDS[kind].includes(parent.kind)) return 'units.errors.kindNotAllowedHere';
  return null;
};

/** Kinds a new unit may have under a parent of the given kind. */
export const childKindsFor = (parentKind: UnitKind): UnitKind[] =>
  (Object.keys(ALLOWED_PARENT_KINDS) as UnitKind[]).filter((kind) =>
    ALLOWED_PARENT_KINDS[kind].includes(parentKind),
  );
