import { formatDateForInput } from '../dates';
import type { ControlAction } from '../domain/control-action';
import type { Indicator, IndicatorValue } from '../domain/indicator';
import { judgeRow, latestReading } from '../goals/judgement';
import type { Translate } from './columns';

/**
 * A row's indicators and judgement as cell text, in the export's Finnish: the cells are read by
 * people (the import never reads them back), one line per indicator so Excel's wrapped cell
 * reads like the unit page's list.
 */

const FIGURES = new Intl.NumberFormat('fi-FI', { useGrouping: 'min2', maximumFractionDigits: 6 });

/** A value as Finnish Excel users write it: 1 250,5 %, 31.12.2026, Kyllä. */
export const indicatorValueText = (
  indicator: Pick<Indicator, 'type' | 'unit'>,
  value: IndicatorValue,
  t: Translate,
): string => {
  if (typeof value === 'boolean') return t(value ? 'goals.yes' : 'goals.no');
  if (typeof value === 'string')
    return indicator.type === 'date' ? formatDateForInput(value) : value;
  const unit =
    indicator.unit ||
    (indicator.type === 'percentage' ? '%' : indicator.type === 'euros' ? '€' : '');
  // Intl writes a narrow no-break space between thousands; a plain one survives every editor.
  const figure = FIGURES.format(value).replace(/[\u00a0\u202f]/g, ' ');
  return unit ? `${figure} ${unit}` : figure;
};

/** "Mittari: tavoite 70 %, toteuma 68 % (31.12.2026), Osittain toteutunut". */
const indicatorLine = (indicator: Indicator, t: Translate): string => {
  const parts: string[] = [];
  if (indicator.target !== null)
    parts.push(t('goals.target', { value: indicatorValueText(indicator, indicator.target, t) }));
  const latest = latestReading(indicator.values);
  parts.push(
    latest
      ? t('goals.actual', {
          value: indicatorValueText(indicator, latest.value, t),
          date: formatDateForInput(latest.date),
        })
      : t('goals.noActual'),
  );
  parts.push(
    indicator.judgement ? t(`goals.judgements.${indicator.judgement}`) : t('goals.notJudged'),
  );
  return `${indicator.text}: ${parts.join(', ')}`;
};

/** One line per indicator (bulleted when there are several); null for a row without any. */
export const indicatorLines = (indicators: readonly Indicator[], t: Translate): string | null => {
  if (indicators.length === 0) return null;
  if (indicators.length === 1) return indicatorLine(indicators[0]!, t);
  return indicators.map((indicator) => `• ${indicatorLine(indicator, t)}`).join('\n');
};

/**
 * The row's judgement as the unit page shows it: a person's override (said to be one) or the
 * rule's over its indicators; "Arvioimatta" while an indicator is unjudged; null for a row
 * with neither indicators nor override.
 */
export const rowJudgementText = (
  action: Pick<ControlAction, 'judgementOverride'>,
  indicators: readonly Pick<Indicator, 'judgement'>[],
  t: Translate,
): string | null => {
  if (indicators.length === 0 && action.judgementOverride === null) return null;
  const { effective, overridden } = judgeRow(indicators, action.judgementOverride);
  if (effective === null) return t('goals.notJudgedOption');
  const judgement = t(`goals.judgements.${effective}`);
  return overridden ? t('exports.overridden', { judgement }) : judgement;
};
