import { useTranslation } from 'react-i18next';
import type { CityCounts as Counts } from '../../data/worklists/homeQueries';

/** For controllers: how many rows of the whole city are late or due within 30 days. */
export const CityCounts = ({
  counts,
  year,
}: {
  counts: Counts | null | undefined;
  year: number;
}) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-city" className="home-section home-city">
      <h2 id="home-city">{t('worklists.home.cityHeading', { year })}</h2>
      {counts ? (
        <dl className="home-counts">
          <div>
            <dt>{t('worklists.home.cityOverdue')}</dt>
            <dd>{counts.overdue}</dd>
          </div>
          <div>
            <dt>{t('worklists.home.cityDueSoon')}</dt>
            <dd>{counts.dueSoon}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('app.loading')}</p>
      )}
    </section>
  );
};
