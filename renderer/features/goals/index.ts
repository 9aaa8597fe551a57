export { IndicatorList } from './IndicatorList';
export { showIndicatorValue } from './formatIndicatorValue';
export { IndicatorsDialog } from './IndicatorsDialog';
export { GoalListsSection } from './GoalListsSection';
