import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainVerdict } from '../../../shared/audit';
import type { LanguageCode } from '../../../shared/dates';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import { useDatabase } from '../../db/DatabaseProvider';
import { useScopedLiveQuery } from '../../db/useScopedLiveQuery';
import type { AuditText } from './auditFormat';
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

/** The catalogue lookups the formatters need, in the current language. */
export const useAuditText = (names: ReadonlyMap<string, string> | undefined): AuditText => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  return useMemo(() => {
    const has = (key: string) =>
      typeof i18n.getResource(language, 'translation', key) === 'string' ||
      typeof i18n.getResource('fi', 'translation', key) === 'string';
    return {
      text: (key: string, values?: Record<string, unknown>) =>
        has(key) ? String(t(key, values ?? {})) : null,
      language,
      names: names ?? new Map<string, string>(),
    };
  }, [t, i18n, language, names]);
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
