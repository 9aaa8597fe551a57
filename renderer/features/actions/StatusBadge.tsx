import { useTranslation } from 'react-i18next';
import type { ControlAction } from '../../../shared/domain/control-action';
import { isOverdue, trafficLight } from '../../../shared/deadlines';

const SYMBOLS = { green: '●', yellow: '◐', red: '▲', grey: '○' } as const;

/** The status word with a traffic-light symbol; shape and text carry the meaning, colour only adds to it. */
export const StatusBadge = ({
  action,
  today,
}: {
  action: Pick<ControlAction, 'status' | 'deadline'>;
  today: string;
}) => {
  const { t } = useTranslation();
  const light = trafficLight(action, today);
  return (
    <span className="status">
      <span className={`status__light status__light--${light}`} aria-hidden="true">
        {SYMBOLS[light]}
      </span>
      {/* The light keeps to its label's first word when the label wraps. */}
      {'\u00a0'}
      {t(`actions.statuses.${action.status}`)}
      {isOverdue(action, today) && (
        <strong className="status__overdue"> · {t('actions.overdue')}</strong>
      )}
    </span>
  );
};
