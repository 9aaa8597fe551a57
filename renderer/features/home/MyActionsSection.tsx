import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LanguageCode } from '../../../shared/dates';
import { daysBetween, formatDate } from '../../../shared/dates';
import type { ControlAction } from '../../../shared/domain/control-action';
import { StatusBadge } from '../actions';

// Beyond this a list stops being a work list; the units' pages show every action.
const SHOWN_ACTIONS = 200;

type Props = {
  id: string;
  heading: string;
  caption: string;
  empty: string;
  actions: readonly ControlAction[];
  year: number;
  today: string;
  unitNames: ReadonlyMap<string, string>;
  /** Each row's table by kind id, in the user's language; null: the tables are not named. */
  kindNames: ReadonlyMap<string, string> | null;
  canUpdate: boolean;
  onUpdate: (action: ControlAction) => void;
};

/** One of the home view's action lists: the action, its unit, how late or near it is, and one button. */
export const MyActionsSection = ({
  id,
  heading,
  caption,
  empty,
  actions,
  year,
  today,
  unitNames,
  kindNames,
  canUpdate,
  onUpdate,
}: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const timing = (deadline: string) => {
    const days = daysBetween(today, deadline);
    if (days < 0) return t('worklists.home.daysLate', { count: -days });
    if (days === 0) return t('worklists.home.dueToday');
    return t('worklists.home.daysLeft', { count: days });
  };
  const shown = actions.slice(0, SHOWN_ACTIONS);
  return (
    <section aria-labelledby={id} className="home-section">
      <h2 id={id}>{heading}</h2>
      {actions.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="register-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.objective')}</th>
                {kindNames && <th scope="col">{t('goals.kind')}</th>}
                <th scope="col">{t('worklists.home.unit')}</th>
                <th scope="col">{t('actions.deadline')}</th>
                <th scope="col">{t('actions.status')}</th>
                {canUpdate && <th scope="col">{t('actions.commands')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((action) => (
                <tr key={action.id}>
                  <th scope="row" className="cell-text">
                    {action.objective}
                  </th>
                  {kindNames && <td>{kindNames.get(action.kindId) ?? action.kindId}</td>}
                  <td>
                    <Link to={`/units/${action.unitId}?year=${year}`}>
                      {unitNames.get(action.unitId) ?? action.unitId}
                    </Link>
                  </td>
                  <td>
                    {action.deadline && (
                      <>
                        {formatDate(action.deadline, language)}
                        <span className="home-timing">{timing(action.deadline)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <StatusBadge action={action} today={today} />
                  </td>
                  {canUpdate && (
                    <td>
                      <div
                        className="row-commands"
                        role="group"
                        aria-label={t('actions.rowLabel', { objective: action.objective })}
                      >
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => onUpdate(action)}
                        >
                          {t('actions.changeStatus')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {actions.length > shown.length && (
        <p className="muted">
          {t('worklists.home.more', { count: actions.length - shown.length })}
        </p>
      )}
    </section>
  );
};
