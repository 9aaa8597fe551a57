import { useTranslation } from 'react-i18next';
import type { ChainVerdict as Verdict } from '../../shared/audit';
import { Alert } from './Alert';

/** Where a check of the audit chain stands (the shape of the audit feature's check state). */
export type ChainCheckView =
  | { kind: 'idle' }
  | { kind: 'running'; progress: { done: number; total: number } }
  | { kind: 'done'; verdict: Verdict }
  | { kind: 'failed'; message: string };

type Props = {
  state: ChainCheckView;
  /** The check starts by itself (About): before it does, "Ladataan…" with an empty bar. */
  isCheckedOnOpen?: boolean;
  /** The head hash's look where it is shown (wrapped, monospace). */
  headClassName: string;
};

/**
 * The audit chain's verdict in a status region: progress while the check runs, then intact
 * (with the count and the head hash to compare with a printed report), where it first breaks,
 * or why the check failed. Text and a sign, never colour alone.
 */
export const ChainVerdict = ({ state, isCheckedOnOpen = false, headClassName }: Props) => {
  const { t } = useTranslation();
  const isRunning = state.kind === 'running';
  return (
    <div role="status">
      {(isRunning || (isCheckedOnOpen && state.kind === 'idle')) && (
        <>
          <progress
            value={isRunning ? state.progress.done : 0}
            max={Math.max(isRunning ? state.progress.total : 0, 1)}
            aria-label={t('audit.verifyProgressLabel')}
          />
          <p>
            {isRunning
              ? t('audit.verifying', { done: state.progress.done, total: state.progress.total })
              : t('app.loading')}
          </p>
        </>
      )}
      {state.kind === 'done' && state.verdict.ok && (
        <div className="alert alert--info">
          <p>
            <span aria-hidden="true">✓ </span>
            {t('audit.intact', { count: state.verdict.count })}
          </p>
          <p>
            {t('audit.head')}: <code className={headClassName}>{state.verdict.head}</code>
          </p>
        </div>
      )}
      {state.kind === 'done' && !state.verdict.ok && (
        <Alert>{t('audit.broken', { seq: state.verdict.brokenAtSeq })}</Alert>
      )}
      {state.kind === 'failed' && (
        <Alert>{t('audit.verifyFailed', { message: state.message })}</Alert>
      )}
    </div>
  );
};
