/** What the years feature offers the rest of the app; other features import it only from here. */
export { YearSelect } from './YearSelect';
export { YearsScreen } from './YearsScreen';
