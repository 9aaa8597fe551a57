import { useTranslation } from 'react-i18next';
import type { ChainCheckState } from '../../data/audit/useAuditData';
import { ChainVerdict } from '../../components/ChainVerdict';

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
      <ChainVerdict state={state} isCheckedOnOpen headClassName="about-chain__head" />
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
