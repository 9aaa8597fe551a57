import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { Indicator, JudgementOverride } from '../../../shared/domain/indicator';
import { isMeasurableRow, judgeRow, latestReading } from '../../../shared/goals/judgement';
import { showIndicatorValue } from './formatIndicatorValue';
import { RowVerdict } from './RowVerdict';

type Props = { indicators: readonly Indicator[]; override: JudgementOverride | null };

/**
 * A goal row's measurable indicators: each with its target, newest actual value and judgement,
 * then the row's judgement by the rule "met only when all are met", with its reason, or the
 * person's override with theirs. Nothing for a row whose indicators are all texts.
 */
export const IndicatorList = ({ indicators, override }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  if (!isMeasurableRow(indicators)) return null;
  const row = judgeRow(indicators, override);
  return (
    <div className="indicators">
      <ul className="indicators__list">
        {indicators.map((indicator) => {
          const latest = latestReading(indicator.values);
          return (
            <li key={indicator.id}>
              <span className="indicators__text">{indicator.text}</span>
              {indicator.target !== null && (
                <span>
                  {t('goals.target', {
                    value: showIndicatorValue(indicator, indicator.target, language, t),
                  })}
                </span>
              )}
              <span>
                {latest
                  ? t('goals.actual', {
                      value: showIndicatorValue(indicator, latest.value, language, t),
                      date: formatDate(latest.date, language),
                    })
                  : t('goals.noActual')}
              </span>
              <span>
                {indicator.judgement
                  ? t(`goals.judgements.${indicator.judgement}`)
                  : t('goals.notJudged')}
              </span>
            </li>
          );
        })}
      </ul>
      <RowVerdict row={row} count={indicators.length} override={override} />
    </div>
  );
};
