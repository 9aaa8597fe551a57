/** What the exports feature offers the rest of the app; other features import it only from here. */
export { ExportMenu } from './ExportMenu';
