import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRepositories } from '../../data/RepositoryProvider';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { ModalDialog } from '../../components/ModalDialog';
import { useNotice } from '../../components/Notice';
import { useCarryOverCandidates } from '../../data/years/useCarryOverCandidates';

type Props = { fromYear: number; onClose: () => void };

/** Copies a closed year's unfinished actions into the next year; the controller may add others. */
export const CarryOverDialog = ({ fromYear, onClose }: Props) => {
  const { t } = useTranslation();
  const { carryOver } = useRepositories();
  const notice = useNotice();
  const toYear = fromYear + 1;
  const [picked, setPicked] = useState<string[]>([]);
  const command = useCommand();
  const others = useCarryOverCandidates(fromYear);

  const handleCarry = () =>
    command.run(async () => {
      const result = await carryOver.carryOver(fromYear, toYear, picked);
      const params = { to: toYear, copied: result.copied, already: result.alreadyCarried };
      const lines = [
        result.copied > 0 ? t('years.carryDone', params) : t('years.carryNothing', params),
        result.indicators > 0 ? t('years.carryIndicators', { count: result.indicators }) : '',
        result.addedPriorities.length > 0
          ? t('years.carryPriorities', { to: toYear, names: result.addedPriorities.join(', ') })
          : '',
      ];
      notice.show(lines.filter(Boolean).join(' '));
      onClose();
    });

  return (
    <ModalDialog
      title={t('years.carryTitle', { from: fromYear, to: toYear })}
      isOpen
      onClose={onClose}
    >
      <div className="form">
        <p>{t('years.carryHelp')}</p>
        {others && others.length > 0 && (
          <fieldset className="checklist">
            <legend>{t('years.carryPick')}</legend>
            {others.map((action) => (
              <label key={action.id} className="checklist__item">
                <input
                  type="checkbox"
                  checked={picked.includes(action.id)}
                  onChange={(event) =>
                    setPicked((current) =>
                      event.target.checked
                        ? [...current, action.id]
                        : current.filter((id) => id !== action.id),
                    )
                  }
                />
                {action.objective} ({t(`actions.statuses.${action.status}`)})
              </label>
            ))}
          </fieldset>
        )}
        <ErrorAlert message={command.error} />
        <DialogButtons
          primary={{ label: t('years.carry'), onPress: handleCarry, isDisabled: command.isBusy }}
          onCancel={onClose}
        />
      </div>
    </ModalDialog>
  );
};
