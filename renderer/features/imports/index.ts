/** What the imports feature offers the rest of the app; other features import it only from here. */
export { ImportActionsSection } from './ImportActionsSection';
