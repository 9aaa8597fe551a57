import { useTranslation } from 'react-i18next';
import { useChainCheck } from '../../data/audit/useAuditData';

/**
 * "Tarkista muutosketju": recomputes every event's hash in chunks, showing progress, and says
 * whether the chain is intact (with the head hash to compare with a printed report) or where it
 * first breaks.
 */
export const ChainCheck = () => {
  const { t } = useTranslation();
  const { state, run } = useChainCheck();
  const isRunning = state.kind === 'running';
  return (
    <section className="audit-check" aria-labelledby="audit-check-heading">
      <h2 id="audit-check-heading" className="visually-hidden">
        {t('audit.verify')}
      </h2>
      <button
        type="button"
        className="button button--primary"
        disabled={isRunning}
        onClick={() => void run()}
      >
        {t('audit.verify')}
      </button>
      <div role="status">
        {state.kind === 'running' && (
          <>
            <progress
              value={state.progress.done}
              max={Math.max(state.progress.total, 1)}
              aria-label={t('audit.verifyProgressLabel')}
            />
            <p>
              {t('audit.verifying', { done: state.progress.done, total: state.progress.total })}
            </p>
          </>
        )}
        {state.kind === 'done' && state.verdict.ok && (
          <div className="alert alert--info">
            <p>{t('audit.intact', { count: state.verdict.count })}</p>
            <p>
              {t('audit.head')}: <code className="audit-check__head">{state.verdict.head}</code>
            </p>
          </div>
        )}
        {state.kind === 'done' && !state.verdict.ok && (
          <p className="alert alert--error">
            <span aria-hidden="true">⚠ </span>
            {t('audit.broken', { seq: state.verdict.brokenAtSeq })}
          </p>
        )}
        {state.kind === 'failed' && (
          <p className="alert alert--error">
            <span aria-hidden="true">⚠ </span>
            {t('audit.verifyFailed', { message: state.message })}
          </p>
        )}
      </div>
    </section>
  );
};
