import { useTranslation } from 'react-i18next';
import type { ChainCheckState } from '../../data/audit/useAuditData';

/**
 * The audit chain as the About screen checked it on opening: progress while it runs, then
 * intact (with the count and head hash) or where it breaks. Text and an icon, not colour alone.
 */
export const ChainStatus = ({
  state,
  onRecheck,
}: {
  state: ChainCheckState;
  onRecheck: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="about-chain-heading">
      <h2 id="about-chain-heading">{t('about.chain.heading')}</h2>
      <div role="status">
        {(state.kind === 'running' || state.kind === 'idle') && (
          <>
            <progress
              value={state.kind === 'running' ? state.progress.done : 0}
              max={Math.max(state.kind === 'running' ? state.progress.total : 0, 1)}
              aria-label={t('audit.verifyProgressLabel')}
            />
            <p>
              {state.kind === 'running'
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
              {t('audit.head')}: <code className="about-chain__head">{state.verdict.head}</code>
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
      <button
        type="button"
        className="button"
        disabled={state.kind === 'running'}
        onClick={onRecheck}
      >
        {t('about.chain.recheck')}
      </button>
    </section>
  );
};
