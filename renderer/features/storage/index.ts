/** What the storage feature offers the rest of the app; other features import it only from here. */
export { StorageHealthProvider } from './StorageHealthProvider';
export { StorageStatus } from './StorageStatus';
export { storageFigures } from './storageAmounts';
export { useStorageEstimate } from './useStorageEstimate';
