import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PickFocus } from './focusKeeper';
import { captureOpener, handOverFocus } from './focusKeeper';

/**
 * Mounted while a dialog is open: notes what had focus when it opened (before the dialog takes
 * focus), and as it closes, by save, cancel or Escape, hands focus back to it, or to
 * `fallback()` or the opener's successor when the opener has gone.
 */
export const useReturnFocus = (fallback?: PickFocus) => {
  const [origin] = useState(captureOpener);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  // A layout effect: its cleanup runs in the same commit that removes the dialog.
  useLayoutEffect(
    () => () =>
      handOverFocus(origin, fallbackRef.current ? () => fallbackRef.current?.() : undefined),
    [origin],
  );
};
