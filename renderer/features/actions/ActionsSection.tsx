import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Unit } from '../../../shared/domain/unit';
import { useRepositories } from '../../data/RepositoryProvider';
import { useToday } from '../../hooks/useToday';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RecordHistoryDialog } from '../audit';
import { useCommand } from '../../components/useCommand';
import { useNotice } from '../../components/Notice';
import { usePlanYears } from '../../data/years/usePlanYears';
import { ActionFormDialog } from './ActionFormDialog';
import type { RowCommand } from './ActionRow';
import { ActionsTable } from './ActionsTable';
import { StatusDialog } from './StatusDialog';
import { useUnitPlan } from '../../data/goals/useUnitPlan';
import type { LanguageCode } from '../../../shared/dates';
import { INTERNAL_CONTROL_KIND_ID, labelsOf } from '../../../shared/domain/table-kind';
import { planSections } from '../../../shared/goals/plan-sections';
import { IndicatorsDialog } from '../goals';

type Props = { unit: Unit; year: number; canEdit: boolean };
type OpenDialog =
  | { kind: 'add' }
  | { kind: 'edit' | 'status' | 'history' | 'indicators'; action: ControlAction }
  | null;

/**
 * A unit's rows for the year as the budget prints them: a table per kind (strategy goals under
 * their priorities), with adding, editing, status, order and delete.
 */
export const ActionsSection = ({ unit, year, canEdit: canEditUnit }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const plan = useUnitPlan(unit.id, year);
  const sections = useMemo(
    () => (plan ? planSections(plan.rows, plan.kinds, plan.priorities) : []),
    [plan],
  );
  const planYears = usePlanYears();
  const { actions } = useRepositories();
  const notice = useNotice();
  const today = useToday();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Each press is a step of its own (move up twice): none is dropped while another runs.
  const { run, error } = useCommand({ isExclusive: false });
  const planYear = planYears?.find((item) => item.year === year);
  const hasYear = planYears === undefined || planYear !== undefined;
  // A closed year is read-only; the repositories refuse its writes too. Until the years are read
  // nothing is offered: a closed year's page must never show a working Lisää rivi.
  const canEdit =
    canEditUnit && unit.active && planYear !== undefined && planYear.status !== 'closed';

  const handleCommand = (command: RowCommand, action: ControlAction) => {
    if (
      command === 'edit' ||
      command === 'status' ||
      command === 'history' ||
      command === 'indicators'
    )
      setDialog({ kind: command, action });
    if (command === 'up' || command === 'down')
      void run(() => actions.move(action.id, command === 'up' ? -1 : 1));
    if (command === 'delete') {
      void run(async () => {
        await actions.softDelete(action.id);
        notice.show(t('actions.deleted'), {
          label: t('app.undo'),
          onAction: () =>
            void run(async () => {
              await actions.restore(action.id);
              notice.show(t('actions.restored'));
            }),
        });
      });
    }
  };

  const handleSaved = () => {
    setDialog(null);
    notice.show(t('app.saved'));
  };

  return (
    <section aria-labelledby="actions-heading" className="actions">
      <div className="section-header">
        <h2 id="actions-heading">{t('actions.heading', { year })}</h2>
        {canEdit && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setDialog({ kind: 'add' })}
          >
            {t('actions.add')}
          </button>
        )}
      </div>
      {!hasYear && <p>{t('actions.noYear', { year })}</p>}
      <ErrorAlert message={error} />
      {plan === undefined ? (
        <p>{t('app.loading')}</p>
      ) : plan.rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('actions.empty', { year })}</p>
          {canEdit && <p>{t('actions.emptyHint')}</p>}
        </div>
      ) : (
        sections.map(({ kind, groups }) => {
          const labels = labelsOf(kind, language);
          // A unit that follows only internal control shows its one table as it always has.
          const titled = !(sections.length === 1 && kind.id === INTERNAL_CONTROL_KIND_ID);
          return (
            <div key={kind.id} className="actions__kind">
              {titled && <h3>{labels.name}</h3>}
              {groups.map(({ priority, rows }) => (
                <div key={priority?.id ?? 'none'} className="actions__group">
                  {titled && kind.usesPriorities && (
                    <h4>{priority?.name ?? t('goals.noPriority')}</h4>
                  )}
                  <ActionsTable
                    rows={rows}
                    indicators={plan.indicators}
                    labels={labels}
                    caption={
                      titled
                        ? t('actions.kindCaption', {
                            kind: priority ? `${labels.name}, ${priority.name}` : labels.name,
                            unit: unit.name,
                            year,
                          })
                        : t('actions.tableCaption', { unit: unit.name, year })
                    }
                    today={today}
                    canEdit={canEdit}
                    onCommand={handleCommand}
                  />
                </div>
              ))}
            </div>
          );
        })
      )}
      {dialog?.kind === 'add' && (
        <ActionFormDialog
          unitId={unit.id}
          year={year}
          action={null}
          onClose={() => setDialog(null)}
          onSaved={handleSaved}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ActionFormDialog
          unitId={unit.id}
          year={year}
          action={dialog.action}
          onClose={() => setDialog(null)}
          onSaved={handleSaved}
        />
      )}
      {dialog?.kind === 'history' && (
        <RecordHistoryDialog
          entity="controlAction"
          entityId={dialog.action.id}
          name={dialog.action.objective}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'indicators' && (
        <IndicatorsDialog
          action={dialog.action}
          canEdit={canEdit}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'status' && (
        <StatusDialog
          action={dialog.action}
          onClose={() => setDialog(null)}
          onSaved={handleSaved}
        />
      )}
    </section>
  );
};
