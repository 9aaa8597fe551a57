import { useEffect, useState } from 'react';

/**
 * How much of a long report to have on the page: `step` units of work at first, then `step`
 * more in a new task after each commit, so the browser paints (and a progress bar moves)
 * between the pieces instead of freezing for one long render. A report within `step` is whole
 * on the first render.
 */
export const useStagedBudget = (total: number, step: number) => {
  const [budget, setBudget] = useState(step);
  const isDone = budget >= total;
  useEffect(() => {
    if (isDone) return;
    // setTimeout, not requestAnimationFrame: a hidden print window may never draw a frame.
    const timer = setTimeout(() => setBudget((current) => current + step), 0);
    return () => clearTimeout(timer);
  }, [budget, isDone, step]);
  return { budget: Math.min(budget, total), isDone };
};

/**
 * The first items of `items` whose weights fit in `budget`, and what is left of the budget for
 * the parts after them. Parts share one budget in document order, so the page fills from the top.
 */
export const takeWithin = <T>(
  items: readonly T[],
  weight: (item: T) => number,
  budget: number,
): { shown: T[]; left: number } => {
  let left = budget;
  let count = 0;
  while (count < items.length && weight(items[count]!) <= left) {
    left -= weight(items[count]!);
    count += 1;
  }
  // A part is never shown half: once one does not fit, nothing after it does either.
  return { shown: items.slice(0, count), left: count < items.length ? 0 : left };
};
