/** What the actions feature offers the rest of the app; other features import it only from here. */
export { ActionsSection } from './ActionsSection';
export { StatusBadge } from './StatusBadge';
export { AsOpened } from './AsOpened';
export { StatusDialog } from './StatusDialog';
