import { useTranslation } from 'react-i18next';
import type { ReportRisk } from '../../../shared/reports/report-model';
import type { RiskLevel } from '../../../shared/risk-analysis';

const levelText = (t: ReturnType<typeof useTranslation>['t'], level: RiskLevel | null) =>
  level
    ? t('risks.levelText', {
        band: level.band.name,
        likelihood: level.likelihood,
        impact: level.impact,
        score: level.score,
      })
    : t('risks.notAssessed');

/** Risks with their inherent and residual levels, tolerance and review flags, all in words. */
export const ReportRisksTable = ({
  risks,
  caption,
  showUnit = false,
}: {
  risks: ReportRisk[];
  caption: string;
  showUnit?: boolean;
}) => {
  const { t } = useTranslation();
  return (
    <table className="report-table report-table--risks">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('risks.title')}</th>
          {showUnit && <th scope="col">{t('reports.columns.unit')}</th>}
          <th scope="col">{t('risks.category')}</th>
          <th scope="col">{t('risks.owner')}</th>
          <th scope="col">{t('risks.kinds.inherent')}</th>
          <th scope="col">{t('risks.kinds.residual')}</th>
          <th scope="col">{t('risks.status')}</th>
        </tr>
      </thead>
      <tbody>
        {risks.map((risk) => (
          <tr key={risk.id}>
            <th scope="row">
              {risk.title}
              {risk.isAboveTolerance && (
                <strong className="report-flag"> ▲ {t('risks.aboveTolerance')}</strong>
              )}
            </th>
            {showUnit && <td>{risk.unitName}</td>}
            <td>{risk.category}</td>
            <td>{risk.owner}</td>
            <td>{levelText(t, risk.inherent)}</td>
            <td>{levelText(t, risk.residual)}</td>
            <td>
              {t(`risks.statuses.${risk.status}`)}
              {risk.needsReview && ` · ${t('risks.needsReview')}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
