import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import type { TableKindLabels } from '../../../shared/domain/table-kind';
import { useVirtualRows } from '../../hooks/useVirtualRows';
import type { RowCommand } from './ActionRow';
import { ActionRow } from './ActionRow';
import '../../components/virtualTable.css';

type Props = {
  rows: ControlAction[];
  indicators: Map<string, Indicator[]>;
  labels: TableKindLabels;
  caption: string;
  today: string;
  canEdit: boolean;
  onCommand: (command: RowCommand, action: ControlAction) => void;
};

/**
 * One budget table of a unit: the kind's three columns as the budget prints them, owner,
 * deadline, status and the commands. Above a few hundred rows only those in view are rendered.
 */
export const ActionsTable = ({
  rows,
  indicators,
  labels,
  caption,
  today,
  canEdit,
  onCommand,
}: Props) => {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualRows({
    count: rows.length,
    scrollRef,
    estimateSize: 96,
    getItemKey: (index) => rows[index]?.id ?? String(index),
  });
  const columnCount = canEdit ? 7 : 6;
  return (
    <div ref={scrollRef} className={virtual.isVirtual ? 'virtual-scroll' : 'table-scroll'}>
      <table
        className="register-table"
        aria-rowcount={virtual.isVirtual ? rows.length + 1 : undefined}
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.objective}</th>
            <th scope="col">{labels.actions}</th>
            <th scope="col">{labels.indicator}</th>
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
                indicators={indicators.get(action.id) ?? []}
                today={today}
                isFirst={index === 0}
                isLast={index === rows.length - 1}
                canEdit={canEdit}
                onCommand={onCommand}
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
  );
};
