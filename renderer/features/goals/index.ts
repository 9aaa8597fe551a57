export { IndicatorList } from './IndicatorList';
export { showIndicatorValue } from './formatIndicatorValue';
