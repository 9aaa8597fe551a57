import { useCallback } from 'react';

/** Sets some of a register view's filters, keeping the rest; stable while `onUpdate` is. */
export const useFilterSetter = <View extends { filters: object }>(
  onUpdate: (change: (view: View) => View) => void,
) =>
  useCallback(
    (changes: Partial<View['filters']>) =>
      onUpdate((current) => ({ ...current, filters: { ...current.filters, ...changes } })),
    [onUpdate],
  );
