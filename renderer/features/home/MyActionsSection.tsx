import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LanguageCode } from '../../../shared/dates';
import { daysBetween, formatDate } from '../../../shared/dates';
import type { ControlAction } from '../../../shared/domain/control-action';
import { StatusBadge } from '../actions';

// Beyond this a list stops being a work list; the units' pages show every row.
const SHOWN_ROWS = 200;

type Props = {
  id: string;
  heading: string;
  caption: string;
  empty: string;
  rows: readonly ControlAction[];
  year: number;
  today: string;
  unitNames: ReadonlyMap<string, string>;
  canUpdate: boolean;
  onUpdate: (row: ControlAction) => void;
};

/** One of the home view's row lists: the row, its unit, how late or near it is, and one button. */
export const MyRowsSection = ({
  id,
  heading,
  caption,
  empty,
  rows,
  year,
  today,
  unitNames,
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
  const shown = rows.slice(0, SHOWN_ROWS);
  return (
    <section aria-labelledby={id} className="home-section">
      <h2 id={id}>{heading}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="register-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('actions.objective')}</th>
                <th scope="col">{t('worklists.home.unit')}</th>
                <th scope="col">{t('actions.deadline')}</th>
                <th scope="col">{t('actions.status')}</th>
                {canUpdate && <th scope="col">{t('actions.commands')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className="cell-text">
                    {row.objective}
                  </th>
                  <td>
                    <Link to={`/units/${row.unitId}?year=${year}`}>
                      {unitNames.get(row.unitId) ?? row.unitId}
                    </Link>
                  </td>
                  <td>
                    {row.deadline && (
                      <>
                        {formatDate(row.deadline, language)}
                        <span className="home-timing">{timing(row.deadline)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <StatusBadge action={row} today={today} />
                  </td>
                  {canUpdate && (
                    <td>
                      <div
                        className="row-commands"
                        role="group"
                        aria-label={t('actions.rowLabel', { objective: row.objective })}
                      >
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => onUpdate(row)}
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
      {rows.length > shown.length && (
        <p className="muted">{t('worklists.home.more', { count: rows.length - shown.length })}</p>
      )}
    </section>
  );
};
