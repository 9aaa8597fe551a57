import { useRef, useState } from 'react';
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
import { ActionRow } from './ActionRow';
import { StatusDialog } from './StatusDialog';
import { useUnitActions } from '../../data/actions/useUnitActions';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import '../../components/virtualTable.css';

type Props = { unit: Unit; year: number; canEdit: boolean };
type OpenDialog =
  { kind: 'add' } | { kind: 'edit' | 'status' | 'history'; action: ControlAction } | null;

/** A unit's rows for the year as the budget table, with adding, editing, status, order and delete. */
export const ActionsSection = ({ unit, year, canEdit: canEditUnit }: Props) => {
  const { t } = useTranslation();
  const rows = useUnitActions(unit.id, year);
  const planYears = usePlanYears();
  const { actions } = useRepositories();
  const notice = useNotice();
  const today = useToday();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Each press is a step of its own (move up twice): none is dropped while another runs.
  const { run, error } = useCommand({ isExclusive: false });
  // Above VIRTUALISE_ABOVE rows only those in view are rendered; a normal unit renders all.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualRows({
    count: rows?.length ?? 0,
    scrollRef,
    estimateSize: 96,
    getItemKey: (index) => rows?.[index]?.id ?? String(index),
  });
  const planYear = planYears?.find((item) => item.year === year);
  const hasYear = planYears === undefined || planYear !== undefined;
  // A closed year is read-only; the repositories refuse its writes too. Until the years are read
  // nothing is offered: a closed year's page must never show a working Lisää rivi.
  const canEdit =
    canEditUnit && unit.active && planYear !== undefined && planYear.status !== 'closed';
  const columnCount = canEdit ? 7 : 6;

  const handleCommand = (command: RowCommand, action: ControlAction) => {
    if (command === 'edit' || command === 'status' || command === 'history')
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
      {rows === undefined ? (
        <p>{t('app.loading')}</p>
      ) : rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('actions.empty', { year })}</p>
          {canEdit && <p>{t('actions.emptyHint')}</p>}
        </div>
      ) : (
        <div ref={scrollRef} className={virtual.isVirtual ? 'virtual-scroll' : 'table-scroll'}>
          <table
            className="register-table"
            aria-rowcount={virtual.isVirtual ? rows.length + 1 : undefined}
          >
            <caption className="visually-hidden">
              {t('actions.tableCaption', { unit: unit.name, year })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.objective')}</th>
                <th scope="col">{t('actions.actions')}</th>
                <th scope="col">{t('actions.indicator')}</th>
                <th scope="col">{t('actions.owner')}</th>
                <th scope="col">{t('actions.deadline')}</th>
                <th scope="col">{t('actions.status')}</th>
                {canEdit && <th scope="col">{t('actions.commands')}</th>}
              </tr>
            </thead>
            <tbody>
              {virtual.paddingTop > 0 && (
                <tr aria-hidden="true" className="register-grid__spacer">
                  <td colSpan={columnCount} style={{ height: virtual.paddingTop }} />
                </tr>
              )}
              {virtual.indexes.map((index) => {
                const action = rows[index];
                if (!action) return null;
                return (
                  <ActionRow
                    key={action.id}
                    action={action}
                    today={today}
                    isFirst={index === 0}
                    isLast={index === rows.length - 1}
                    canEdit={canEdit}
                    onCommand={handleCommand}
                    {...(virtual.isVirtual
                      ? { index, rowRef: virtual.measureRow, rowIndex: index + 2 }
                      : {})}
                  />
                );
              })}
              {virtual.paddingBottom > 0 && (
                <tr aria-hidden="true" className="register-grid__spacer">
                  <td colSpan={columnCount} style={{ height: virtual.paddingBottom }} />
                </tr>
              )}
            </tbody>
          </table>
        </div>
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
