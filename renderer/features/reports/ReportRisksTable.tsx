import { useTranslation } from 'react-i18next';
import type { ReportRisk } from '../../../shared/reports/report-model';
import type { RiskLevel } from '../../../shared/risk-analysis';
import type { ReportColumn } from './ReportTable';
import { ReportTable } from './ReportTable';

const levelText = (t: ReturnType<typeof useTranslation>['t'], level: RiskLevel | null) =>
  level
    ? t('risks.levelText', {
        band: level.band.name,
        likelihood: level.likelihood,
        impact: level.impact,
        score: level.score,
      })
    : t('risks.notAssessed');

type Props = {
  risks: ReportRisk[];
  caption?: string;
  labelledBy?: string;
  showUnit?: boolean;
};

/** Risks with their inherent and residual levels, tolerance and review flags, all in words. */
export const ReportRisksTable = ({ risks, caption, labelledBy, showUnit = false }: Props) => {
  const { t } = useTranslation();
  const above = ` ▲ ${t('risks.aboveTolerance')}`;
  const columns: ReportColumn<ReportRisk>[] = [
    {
      key: 'title',
      kind: 'text',
      header: t('risks.title'),
      text: (risk) => `${risk.title}${risk.isAboveTolerance ? above : ''}`,
      isRowHeader: true,
      render: (risk, hyphenate) => (
        <>
          {hyphenate(risk.title)}
          {risk.isAboveTolerance && <strong className="report-flag">{above}</strong>}
        </>
      ),
    },
    ...(showUnit
      ? [
          {
            key: 'unit',
            kind: 'narrow',
            header: t('reports.columns.unit'),
            text: (risk) => risk.unitName,
          } satisfies ReportColumn<ReportRisk>,
        ]
      : []),
    { key: 'category', kind: 'narrow', header: t('risks.category'), text: (risk) => risk.category },
    { key: 'owner', kind: 'narrow', header: t('risks.owner'), text: (risk) => risk.owner },
    {
      key: 'inherent',
      kind: 'narrow',
      header: t('risks.kinds.inherent'),
      text: (risk) => levelText(t, risk.inherent),
    },
    {
      key: 'residual',
      kind: 'narrow',
      header: t('risks.kinds.residual'),
      text: (risk) => levelText(t, risk.residual),
    },
    {
      key: 'status',
      kind: 'narrow',
      header: t('risks.status'),
      text: (risk) =>
        `${t(`risks.statuses.${risk.status}`)}${risk.needsReview ? ` · ${t('risks.needsReview')}` : ''}`,
    },
  ];
  return (
    <ReportTable
      rows={risks}
      columns={columns}
      rowKey={(risk) => risk.id}
      className="report-table--risks"
      caption={caption}
      labelledBy={labelledBy}
    />
  );
};
