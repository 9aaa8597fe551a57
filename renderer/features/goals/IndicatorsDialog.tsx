import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import { judgeRow } from '../../../shared/goals/judgement';
import { useRepositories } from '../../data/RepositoryProvider';
import { useRowIndicators } from '../../data/goals/useRowIndicators';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { PickFocus } from '../../components/focusKeeper';
import { ModalDialog } from '../../components/ModalDialog';
import { useCommand } from '../../components/useCommand';
import type { IndicatorCommand } from './IndicatorCard';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorForm } from './IndicatorForm';
import { JudgeForm } from './JudgeForm';
import { OverrideForm } from './OverrideForm';
import { ReadingForm } from './ReadingForm';
import { RowVerdict } from './RowVerdict';

type Props = {
  action: ControlAction;
  canEdit: boolean;
  onClose: () => void;
  /** Where focus goes on closing if the button that opened the dialog is gone. */
  returnFocus?: PickFocus;
};

type View =
  | { name: 'list' }
  | { name: 'add' }
  | { name: 'edit' | 'reading' | 'judge'; indicator: Indicator }
  | { name: 'override'; action: ControlAction };

/**
 * A row's indicators (mittarit): add and edit them, record actual values, judge each, and see
 * the row's judgement by the rule "met only when all are met", or override it with a reason.
 * Everything shown is read live for this one row; each form starts from the record as stored
 * when it opened, so a change made elsewhere meanwhile is refused, not overwritten.
 */
export const IndicatorsDialog = ({ action: opened, canEdit, onClose, returnFocus }: Props) => {
  const { t } = useTranslation();
  const { indicators: repository } = useRepositories();
  const prefix = useId();
  const read = useRowIndicators(opened.id);
  const [view, setView] = useState<View>({ name: 'list' });
  // The button that opened a form, focused again when the list comes back.
  // It may appear only when the live query has read the list again (a restored indicator).
  const returnTo = useRef<string | null>(null);
  const [deleted, setDeleted] = useState<Indicator | null>(null);
  const command = useCommand();
  const action = read?.action ?? null;

  useEffect(() => {
    if (read && read.action === null) onClose();
  }, [read, onClose]);
  useEffect(() => {
    const target = view.name === 'list' && returnTo.current;
    const element = target ? document.getElementById(target) : null;
    if (!element) return;
    element.focus();
    returnTo.current = null;
  }, [view, read, deleted]);

  const open = (next: View, from: string) => {
    returnTo.current = from;
    setDeleted(null);
    command.clearError();
    setView(next);
  };
  const back = () => setView({ name: 'list' });

  const handleCommand = (name: IndicatorCommand, indicator: Indicator) => {
    const from = `${prefix}-${indicator.id}-${name}`;
    if (name !== 'delete') return open({ name, indicator }, from);
    // The pressed button goes with its card: focus moves to Lisää mittari.
    returnTo.current = `${prefix}-add`;
    void command.run(async () => {
      await repository.softDelete(indicator.id);
      setDeleted(indicator);
    });
  };

  const handleUndo = () =>
    void command.run(async () => {
      if (!deleted) return;
      await repository.restore(deleted.id);
      returnTo.current = `${prefix}-${deleted.id}-delete`;
      setDeleted(null);
    });

  const list = read?.indicators ?? [];
  const row = judgeRow(list, action?.judgementOverride ?? null);

  return (
    <ModalDialog
      title={t('goals.dialog.title', { objective: opened.objective })}
      isOpen
      onClose={onClose}
      returnFocus={returnFocus}
    >
      {read === undefined || action === null ? (
        <p>{t('app.loading')}</p>
      ) : view.name === 'add' || view.name === 'edit' ? (
        <IndicatorForm
          actionId={action.id}
          indicator={view.name === 'edit' ? view.indicator : null}
          onDone={back}
        />
      ) : view.name === 'reading' ? (
        <ReadingForm indicator={view.indicator} onDone={back} />
      ) : view.name === 'judge' ? (
        <JudgeForm indicator={view.indicator} onDone={back} />
      ) : view.name === 'override' ? (
        <OverrideForm action={view.action} onDone={back} />
      ) : (
        <div className="indicators-dialog">
          {list.length === 0 ? (
            <p>{t('goals.dialog.empty')}</p>
          ) : (
            <ul className="indicator-cards">
              {list.map((indicator) => (
                <IndicatorCard
                  key={indicator.id}
                  indicator={indicator}
                  canEdit={canEdit}
                  idPrefix={`${prefix}-${indicator.id}`}
                  onCommand={handleCommand}
                />
              ))}
            </ul>
          )}
          <div role="status">
            {deleted && (
              <p>
                {t('goals.dialog.deleted', { text: deleted.text })}{' '}
                <button type="button" className="button button--small" onClick={handleUndo}>
                  {t('app.undo')}
                </button>
              </p>
            )}
          </div>
          {list.length > 0 && (
            <RowVerdict
              isTitled
              row={row}
              count={list.length}
              override={action.judgementOverride}
            />
          )}
          <ErrorAlert message={command.error} />
          <div className="form__buttons">
            {canEdit && (
              <button
                type="button"
                id={`${prefix}-add`}
                className="button button--primary"
                onClick={() => open({ name: 'add' }, `${prefix}-add`)}
              >
                {t('goals.dialog.add')}
              </button>
            )}
            {canEdit && list.length > 0 && (
              <button
                type="button"
                id={`${prefix}-override`}
                className="button"
                onClick={() => open({ name: 'override', action }, `${prefix}-override`)}
              >
                {action.judgementOverride
                  ? t('goals.dialog.changeOverride')
                  : t('goals.dialog.override')}
              </button>
            )}
            <button type="button" className="button" onClick={onClose}>
              {t('app.close')}
            </button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
};
