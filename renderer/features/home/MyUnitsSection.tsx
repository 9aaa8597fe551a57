import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ManagedUnit } from '../../data/worklists/homeQueries';

/** The units whose manager the profile is, each with its rows of the year and how many are late. */
export const MyUnitsSection = ({
  units,
  year,
}: {
  units: readonly ManagedUnit[];
  year: number;
}) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-units" className="home-section">
      <h2 id="home-units">{t('worklists.home.unitsHeading', { count: units.length })}</h2>
      {units.length === 0 ? (
        <p className="empty-state">{t('worklists.home.unitsEmpty')}</p>
      ) : (
        <ul className="home-list">
          {units.map(({ unit, rows, overdue }) => (
            <li key={unit.id}>
              <Link to={`/units/${unit.id}?year=${year}`}>{unit.name}</Link>
              {' · '}
              {t('worklists.home.unitRows', { count: rows, year, overdue })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
