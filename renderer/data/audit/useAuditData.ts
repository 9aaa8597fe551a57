import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChainVerdict } from '../../../shared/audit';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import { useDatabase } from '../core/DatabaseProvider';
import { useScopedLiveQuery } from '../core/useScopedLiveQuery';
import type { AuditFilters } from './auditQuery';
import { readAuditPage, readRecordHistory } from './auditQuery';
import type { ChainProgress } from './chainCheck';
import { verifyStoredChain } from './chainCheck';

/** One page of the organisation's log, live: a new event shows up without a reload. */
export const useAuditPage = (filters: AuditFilters, page: number) => {
  const key = JSON.stringify(filters);
  return useScopedLiveQuery(
    (db) => readAuditPage(db, JSON.parse(key) as AuditFilters, page),
    [key, page],
  );
};

/** A record's history, newest first (readHistory's events, capped at `limit`). */
export const useRecordHistory = (entity: AuditedEntity, entityId: string, limit: number) => {
  return useScopedLiveQuery(
    (db) => readRecordHistory(db, entity, entityId, limit),
    [entity, entityId, limit],
  );
};

export type ChainCheckState =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ChainProgress }
  | { kind: 'done'; verdict: ChainVerdict }
  | { kind: 'failed'; message: string };

/** Runs the chunked chain check on demand; leaving the screen stops it. */
export const useChainCheck = () => {
  const db = useDatabase();
  const [state, setState] = useState<ChainCheckState>({ kind: 'idle' });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(async () => {
    setState({ kind: 'running', progress: { done: 0, total: 0 } });
    try {
      const verdict = await verifyStoredChain(db, {
        onProgress: (progress) => mounted.current && setState({ kind: 'running', progress }),
        isCancelled: () => !mounted.current,
      });
      if (verdict && mounted.current) setState({ kind: 'done', verdict });
    } catch (error) {
      if (mounted.current) {
        setState({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }, [db]);
  return { state, run };
};
