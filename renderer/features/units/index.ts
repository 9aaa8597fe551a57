/** What the units feature offers the rest of the app; other features import it only from here. */
export { UnitsScreen } from './UnitsScreen';
