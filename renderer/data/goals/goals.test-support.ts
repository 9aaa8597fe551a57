import type { IndicatorFormValues } from '../../../shared/goals/indicator-form';

/** A count indicator as the budget has them: new businesses, from 14 towards at least 20. */
export const newBusinessesIndicator: IndicatorFormValues = {
  text: 'Uusien yritysten määrä',
  type: 'number',
  unit: 'kpl',
  upTo100: false,
  baseline: '14',
  target: '20',
  direction: 'higher',
};
