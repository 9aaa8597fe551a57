import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorText } from '../hooks/useErrorText';

export type RunOptions = {
  /** Said while the work runs (e.g. "Luetaan tiedostoa…"), as `busyLabel`. */
  label?: string;
  /**
   * The work ends by leaving this place: a dialog that closes, a screen that navigates or is
   * replaced. The busy state then holds after success, so the button cannot be pressed again
   * in the moment before it goes.
   */
  staysBusy?: boolean;
};

export type CommandOptions = {
  /**
   * True (the default): a press while a run is in flight is ignored, as a busy button says.
   * False where each press is a step of its own that must not be lost (move a row up twice, a
   * language chosen with the arrow keys): every run goes ahead, and `isBusy` holds while any does.
   */
  isExclusive?: boolean;
};

export type Command = {
  /**
   * Runs `work`, unless the command is exclusive and a run is in flight. A failure becomes the
   * Finnish sentence in `error`; the promise then resolves to false, never rejects.
   */
  run: (work: () => Promise<unknown>, options?: RunOptions) => Promise<boolean>;
  isBusy: boolean;
  /** The label of the run in flight, if it gave one. */
  busyLabel: string | null;
  error: string | null;
  /** For a refusal found before anything is written (e.g. "choose at least one unit"). */
  setError: (message: string | null) => void;
  clearError: () => void;
};

/**
 * One write (or any async command) from a screen: a busy flag, and an error message in the
 * user's language through useErrorText (which also opens the "storage full" dialog). Where the
 * message shows, what gets focus and what notice follows success stay with the screen.
 */
export const useCommand = ({ isExclusive = true }: CommandOptions = {}): Command => {
  const errorText = useErrorText();
  const [busyLabel, setBusyLabel] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Two presses in one tick both see the state of the last render: the ref sees the first.
  const inFlight = useRef(0);
  // The latest translator, without making `run` change on every render.
  const describe = useRef(errorText);
  useEffect(() => {
    describe.current = errorText;
  });

  const run = useCallback<Command['run']>(
    async (work, options = {}) => {
      if (isExclusive && inFlight.current > 0) return false;
      inFlight.current += 1;
      setIsBusy(true);
      setBusyLabel(options.label ?? null);
      setError(null);
      const settle = () => {
        inFlight.current -= 1;
        if (inFlight.current > 0) return;
        setIsBusy(false);
        setBusyLabel(null);
      };
      try {
        await work();
        if (!options.staysBusy) settle();
        return true;
      } catch (failure) {
        setError(describe.current(failure));
        settle();
        return false;
      }
    },
    [isExclusive],
  );

  const clearError = useCallback(() => setError(null), []);
  return { run, isBusy, busyLabel, error, setError, clearError };
};
