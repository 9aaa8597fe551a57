import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/domain/risk';
import { useRepositories } from '../../data/RepositoryProvider';
import { useNotice } from '../../components/Notice';
import { useCommand } from '../../components/useCommand';
import type { RiskCommand } from './RiskRow';

export type RiskDialog = { kind: 'add' } | { kind: 'edit' | 'assess'; risk: Risk } | null;

/** The dialog state and delete-with-undo shared by the unit's risk list and the risk page. */
export const useRiskCommands = () => {
  const { t } = useTranslation();
  const { risks } = useRepositories();
  const notice = useNotice();
  const [dialog, setDialog] = useState<RiskDialog>(null);
  // Each press is a step of its own (move up twice): none is dropped while another runs.
  const { run, error } = useCommand({ isExclusive: false });

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
