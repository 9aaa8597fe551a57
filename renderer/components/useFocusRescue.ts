import { useCallback, useEffect, useRef } from 'react';

/** Long enough for the live query to bring the change back, short enough not to surprise. */
const WATCH_MS = 1_500;

const isFocusLost = () => {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
};

/**
 * When a change removes the control that had focus (a row leaves a to-do list once its outcome
 * is saved, a button is replaced by the next step's), the browser drops focus on the page body
 * and a keyboard user has to start again from the top. Calling the returned function watches for
 * that for a moment, and puts focus on `pick()` — a sensible successor — whenever it happens.
 * Focus the user moved somewhere else on purpose is left alone.
 */
export const useFocusRescue = (pick: () => HTMLElement | null | undefined) => {
  const pickRef = useRef(pick);
  const frame = useRef(0);
  useEffect(() => {
    pickRef.current = pick;
  });
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  return useCallback(() => {
    cancelAnimationFrame(frame.current);
    const started = performance.now();
    let frames = 0;
    const check = () => {
      frames += 1;
      // A dialog gives focus back to its opener one frame after it closes; let it go first.
      if (frames > 2 && isFocusLost()) pickRef.current()?.focus();
      if (performance.now() - started < WATCH_MS) frame.current = requestAnimationFrame(check);
    };
    frame.current = requestAnimationFrame(check);
  }, []);
};
