import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/domain/risk';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText } from '../../hooks/useErrorText';
import { useNotice } from '../../components/Notice';
import type { RiskCommand } from './RiskRow';

export type RiskDialog = { kind: 'add' } | { kind: 'edit' | 'assess'; risk: Risk } | null;

/** The dialog state and delete-with-undo shared by the unit's risk list and the risk page. */
export const useRiskCommands = () => {
  const { t } = useTranslation();
  const { risks } = useRepositories();
  const notice = useNotice();
  const errorText = useErrorText();
  const [dialog, setDialog] = useState<RiskDialog>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const handleCommand = (command: RiskCommand, risk: Risk) => {
    if (command === 'delete') {
      void run(async () => {
        await risks.softDelete(risk.id);
        notice.show(t('risks.deleted'), {
          label: t('app.undo'),
          onAction: () =>
            void run(async () => {
              await risks.restore(risk.id);
              notice.show(t('risks.restored'));
            }),
        });
      });
      return;
    }
    setDialog({ kind: command, risk });
  };

  return { dialog, setDialog, error, handleCommand, close: () => setDialog(null) };
};
