/**
 * Package mode: while a unit package is open here, this Valvo is a working copy of one unit's
 * year, and the screens show that unit's pages only (the data layer refuses every write outside
 * it). `useOpenedPackage` is undefined while loading, null when no package is open.
 */
export type { OpenedPackage } from '../data/packages/usePackages';
export { useOpenedPackage } from '../data/packages/usePackages';
