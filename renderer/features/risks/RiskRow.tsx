import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { RiskCategory, RiskMatrix } from '../../../shared/domain/risk-matrix';
import type { Assessment, Risk } from '../../../shared/domain/risk';
import { currentLevel, exceedsTolerance, reviewReason } from '../../../shared/risk-analysis';
import { LevelBadge } from './LevelBadge';

export type RiskCommand = 'assess' | 'edit' | 'delete';

type Props = {
  risk: Risk;
  assessments: Assessment[];
  matrix: RiskMatrix;
  categories: RiskCategory[];
  today: string;
  canEdit: boolean;
  onCommand: (command: RiskCommand, risk: Risk) => void;
};

/** One risk in the unit's register: levels with trend, review state, and its commands. */
export const RiskRow = ({
  risk,
  assessments,
  matrix,
  categories,
  today,
  canEdit,
  onCommand,
}: Props) => {
  const { t, i18n } = useTranslation();
  const inherent = currentLevel(assessments, 'inherent', matrix);
  const residual = currentLevel(assessments, 'residual', matrix);
  const review = reviewReason(risk, assessments, today);
  const overTolerance =
    (residual ?? inherent) && exceedsTolerance(risk, (residual ?? inherent)!, matrix);
  return (
    <tr>
      <th scope="row">
        <Link to={`/risks/${risk.id}`}>{risk.title}</Link>
        {overTolerance && (
          <span className="flag flag--danger">
            <span aria-hidden="true">▲ </span>
            {t('risks.aboveTolerance')}
          </span>
        )}
      </th>
      <td>{categories.find((item) => item.id === risk.category)?.name ?? t('risks.noCategory')}</td>
      <td>{risk.owner}</td>
      <td>{t(`risks.statuses.${risk.status}`)}</td>
      <td>
        <LevelBadge level={inherent} />
      </td>
      <td>
        <LevelBadge level={residual} />
      </td>
      <td>
        {risk.reviewDate ? formatDate(risk.reviewDate, i18n.language as LanguageCode) : '–'}
        {review && (
          <span className="flag flag--warning">
            <span aria-hidden="true">! </span>
            {t('risks.needsReview')}: {t(`risks.reviewReasons.${review}`)}
          </span>
        )}
      </td>
      {canEdit && (
        <td>
          <div className="row-commands" role="group" aria-label={risk.title}>
            {risk.status !== 'closed' && (
              <button
                type="button"
                className="button button--small"
                onClick={() => onCommand('assess', risk)}
              >
                {t('risks.assess')}
              </button>
            )}
            <button
              type="button"
              className="button button--small"
              onClick={() => onCommand('edit', risk)}
            >
              {t('app.edit')}
            </button>
            <button
              type="button"
              className="button button--small button--danger"
              onClick={() => onCommand('delete', risk)}
            >
              {t('risks.delete')}
            </button>
          </div>
        </td>
      )}
    </tr>
  );
};
