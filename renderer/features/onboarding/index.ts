/** What the onboarding feature offers the rest of the app; other features import it only from here. */
export { FirstRunGate } from './FirstRunGate';
