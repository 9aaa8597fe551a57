import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { KnownValues, ViewIssue } from '../../../shared/worklists/register-view';

type Parse<V> = (params: URLSearchParams, known?: KnownValues) => { view: V; issues: ViewIssue[] };

/**
 * A register view kept in the URL's search parameters. `update` rewrites the URL from the view
 * as it is at that moment (so a late debounced search never undoes a filter chosen meanwhile);
 * it replaces the history entry, so Back leaves the register instead of stepping through keys.
 */
export const useRegisterView = <V>(
  parse: Parse<V>,
  toParams: (view: V) => URLSearchParams,
  known: KnownValues | undefined,
) => {
  const [params, setParams] = useSearchParams();
  const { view, issues } = useMemo(() => parse(params, known), [parse, params, known]);
  const update = useCallback(
    (change: (view: V) => V) =>
      setParams((current) => toParams(change(parse(current, known).view)), { replace: true }),
    [parse, toParams, known, setParams],
  );
  return { view, issues, update };
};
