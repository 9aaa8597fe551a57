import { useTranslation } from 'react-i18next';
import { useChainCheck } from '../../data/audit/useAuditData';
import { ChainVerdict } from '../../components/ChainVerdict';

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
      <ChainVerdict state={state} headClassName="audit-check__head" />
    </section>
  );
};
