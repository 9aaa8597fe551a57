import { useCallback, useEffect, useRef } from 'react';
import type { PickFocus } from './focusKeeper';
import { rescueFocusWith } from './focusKeeper';

/**
 * For a screen that is about to replace the control that has focus (a year's step button gives
 * way to the next phase's buttons): call the returned function before the change, and if the
 * change takes focus away, it goes to `pick()` rather than to the keeper's generic successor.
 * Focus the user moves somewhere else on purpose is left alone.
 */
export const useFocusRescue = (pick: PickFocus) => {
  const pickRef = useRef(pick);
  useEffect(() => {
    pickRef.current = pick;
  });
  return useCallback(() => rescueFocusWith(() => pickRef.current()), []);
};
