import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import type { Assessment } from '../../../shared/domain/risk';
import { bandForScore, onMatrix } from '../../../shared/scoring';
import { TableScroll } from '../../components/TableScroll';

type Props = { assessments: Assessment[]; matrix: RiskMatrix };

const newestFirst = (a: Assessment, b: Assessment) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Every assessment of the risk, newest first, with the values as given and the level today. */
export const AssessmentHistory = ({ assessments, matrix }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const live = assessments.filter((item) => item.deletedAt === null).sort(newestFirst);
  if (live.length === 0) return <p>{t('risks.historyEmpty')}</p>;
  return (
    <TableScroll label={t('risks.historyCaption')}>
      <table className="register-table">
        <caption className="visually-hidden">{t('risks.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.assessment.date')}</th>
            <th scope="col">{t('risks.assessment.kind')}</th>
            <th scope="col">{t('risks.assessment.likelihood')}</th>
            <th scope="col">{t('risks.assessment.impact')}</th>
            <th scope="col">{t('risks.assessment.scale')}</th>
            <th scope="col">{t('risks.level')}</th>
            <th scope="col">{t('risks.assessment.assessor')}</th>
            <th scope="col">{t('risks.assessment.rationale')}</th>
          </tr>
        </thead>
        <tbody>
          {live.map((item) => {
            const values = onMatrix(item, matrix);
            const band = bandForScore(matrix, values.score);
            return (
              <tr key={item.id}>
                <th scope="row">{formatDate(item.date, language)}</th>
                <td>{t(`risks.kinds.${item.kind}`)}</td>
                <td>{item.likelihood}</td>
                <td>{item.impact}</td>
                <td>
                  {item.scale} × {item.scale}
                  {values.isRescaled && ` (${t('risks.rescaled')})`}
                </td>
                <td>
                  {t('risks.levelText', {
                    band: band.name,
                    likelihood: values.likelihood,
                    impact: values.impact,
                    score: values.score,
                  })}
                </td>
                <td>
                  {item.assessor}
                  {item.isExample && <span className="flag">{t('risks.exampleAssessment')}</span>}
                </td>
                <td className="cell-text">{item.rationale}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
};
