/** What the home feature offers the rest of the app; other features import it only from here. */
export { HomeScreen } from './HomeScreen';
