/** What the bulk feature offers the rest of the app; other features import it only from here. */
export { BulkUpdateDialog } from './BulkUpdateDialog';
