/** What the about feature offers the rest of the app; other features import it only from here. */
export { AboutScreen } from './AboutScreen';
