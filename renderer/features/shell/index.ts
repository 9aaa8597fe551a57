/** What the shell feature offers the rest of the app; other features import it only from here. */
export { AppShell } from './AppShell';
