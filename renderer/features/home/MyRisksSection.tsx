import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Risk } from '../../../shared/domain/risk';
import type { RiskToReview } from '../../../shared/worklists/my-work';

type Props = {
  risks: readonly RiskToReview<Risk>[];
  unitNames: ReadonlyMap<string, string>;
};

/** The risks to assess now, as the risk register lists them, each linked to its own page. */
export const MyRisksSection = ({ risks, unitNames }: Props) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-risks" className="home-section">
      <h2 id="home-risks">{t('worklists.home.risksHeading', { count: risks.length })}</h2>
      <p className="muted">{t('worklists.home.risksHelp')}</p>
      {risks.length === 0 ? (
        <p className="empty-state">{t('worklists.home.risksEmpty')}</p>
      ) : (
        <ul className="home-list">
          {risks.map(({ risk, reason }) => (
            <li key={risk.id}>
              <Link to={`/risks/${risk.id}`}>{risk.title}</Link>
              {' · '}
              {unitNames.get(risk.unitId) ?? ''}
              {' · '}
              <strong>{t(`risks.reviewReasons.${reason}`)}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
