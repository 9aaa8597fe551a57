/**
 * Appends every item to `target` one by one. `target.push(...items)` passes the items as
 * arguments, which overflows the call stack once there are about a hundred thousand of them:
 * a city's audit trail or a year's rows are that many.
 */
export const appendAll = <T>(target: T[], items: Iterable<T>): T[] => {
  for (const item of items) target.push(item);
  return target;
};

/** Appends the items last first, so that popping `target` visits them in their order. */
export const appendReversed = <T>(target: T[], items: readonly T[]): T[] => {
  for (let index = items.length - 1; index >= 0; index -= 1) target.push(items[index]!);
  return target;
};
