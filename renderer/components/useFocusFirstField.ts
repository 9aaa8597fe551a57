import { useEffect, useRef } from 'react';

/**
 * For a form that replaces another view inside an open dialog: the button that opened it is
 * gone, so focus goes to the form's first field when it appears, not to the page body.
 */
export const useFocusFirstField = <T extends HTMLElement>() => {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return ref;
};
