import { useTranslation } from 'react-i18next';
import type { Trend } from '../../../shared/risk-analysis';
import type { RiskLevel } from '../../../shared/risk-analysis';

const TREND_SYMBOLS: Record<Trend, string> = { up: '↑', down: '↓', same: '→' };

/** A risk level as text (band, likelihood × impact = score) with its colour as a swatch beside it. */
export const LevelBadge = ({ level, scale }: { level: RiskLevel | null; scale?: number }) => {
  const { t } = useTranslation();
  if (!level) return <span className="muted">{t('risks.notAssessed')}</span>;
  return (
    <span className="level">
      <span
        className="level__swatch"
        aria-hidden="true"
        style={{ background: level.band.colour }}
      />
      {t('risks.levelText', {
        band: level.band.name,
        likelihood: level.likelihood,
        impact: level.impact,
        score: level.score,
      })}
      {level.isRescaled && (
        <span
          className="level__rescaled"
          title={scale ? t('risks.rescaledHelp', { scale }) : undefined}
        >
          {' '}
          ({t('risks.rescaled')})
        </span>
      )}
      {level.trend && (
        <span className="level__trend">
          {' '}
          <span aria-hidden="true">{TREND_SYMBOLS[level.trend]}</span>{' '}
          {t(`risks.trends.${level.trend}`)}
        </span>
      )}
    </span>
  );
};
