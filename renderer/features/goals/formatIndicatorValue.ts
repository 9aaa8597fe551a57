import type { TFunction } from 'i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import type { Indicator, IndicatorValue } from '../../../shared/domain/indicator';
import { formatNumber } from '../../i18n/locale';

/** A baseline, target or actual value as the language writes it, with the indicator's unit. */
export const showIndicatorValue = (
  indicator: Pick<Indicator, 'type' | 'unit'>,
  value: IndicatorValue,
  language: LanguageCode,
  t: TFunction,
): string => {
  if (typeof value === 'boolean') return t(value ? 'goals.yes' : 'goals.no');
  if (typeof value === 'string')
    return indicator.type === 'date' ? formatDate(value, language) : value;
  const figure = formatNumber(value, language);
  const unit =
    indicator.unit ||
    (indicator.type === 'percentage' ? '%' : indicator.type === 'euros' ? '€' : '');
  return unit ? `${figure} ${unit}` : figure;
};
