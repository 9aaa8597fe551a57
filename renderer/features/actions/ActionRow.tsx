import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/dates';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { LanguageCode } from '../../../shared/dates';
import type { Indicator } from '../../../shared/domain/indicator';
import { IndicatorList } from '../goals';
import { StatusBadge } from './StatusBadge';

export type RowCommand = 'status' | 'edit' | 'indicators' | 'up' | 'down' | 'delete' | 'history';

type Props = {
  action: ControlAction;
  /** The row's indicators as records (a goal row's measures); none shown for texts only. */
  indicators: readonly Indicator[];
  today: string;
  isFirst: boolean;
  isLast: boolean;
  canEdit: boolean;
  onCommand: (command: RowCommand, action: ControlAction) => void;
  /** In a virtual table: the row's position, a ref to measure it, and its aria-rowindex. */
  index?: number;
  rowRef?: ((element: Element | null) => void) | undefined;
  rowIndex?: number;
};

/** One budget row: the three budget columns, owner, deadline, status with notes, and its commands. */
export const ActionRow = ({
  action,
  indicators,
  today,
  isFirst,
  isLast,
  canEdit,
  onCommand,
  index,
  rowRef,
  rowIndex,
}: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const rowName = t('actions.rowLabel', { objective: action.objective });
  return (
    <tr ref={rowRef} data-index={index} aria-rowindex={rowIndex}>
      <th scope="row" className="cell-text">
        {action.objective}
      </th>
      <td className="cell-text">{action.actions}</td>
      <td className="cell-text">
        {action.indicator}
        <IndicatorList indicators={indicators} override={action.judgementOverride} />
      </td>
      <td>{action.owner}</td>
      <td>{action.deadline ? formatDate(action.deadline, language) : t('actions.noDeadline')}</td>
      <td>
        <StatusBadge action={action} today={today} />
        {action.notes.length > 0 && (
          <details className="notes">
            <summary>{t('actions.showNotes', { count: action.notes.length })}</summary>
            <ol className="notes__list">
              {action.notes.map((note) => (
                <li key={note.id}>
                  <span className="notes__meta">
                    {formatDate(note.date, language)} · {note.author}
                    {note.status && ` · ${t(`actions.statuses.${note.status}`)}`}
                  </span>
                  {note.text && <span className="notes__text">{note.text}</span>}
                </li>
              ))}
            </ol>
          </details>
        )}
      </td>
      {canEdit && (
        <td>
          <div className="row-commands" role="group" aria-label={rowName}>
            <button
              type="button"
              className="button button--small"
              onClick={() => onCommand('status', action)}
            >
              {t('actions.changeStatus')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => onCommand('edit', action)}
            >
              {t('app.edit')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => onCommand('indicators', action)}
            >
              {t('goals.open')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={isFirst}
              onClick={() => onCommand('up', action)}
            >
              <span aria-hidden="true">↑</span> {t('actions.moveUp')}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={isLast}
              onClick={() => onCommand('down', action)}
            >
              <span aria-hidden="true">↓</span> {t('actions.moveDown')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => onCommand('delete', action)}
            >
              {t('actions.delete')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => onCommand('history', action)}
            >
              {t('audit.history')}
            </button>
          </div>
        </td>
      )}
    </tr>
  );
};
