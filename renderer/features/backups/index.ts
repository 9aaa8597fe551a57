/** What the backups feature offers the rest of the app; other features import it only from here. */
export { BackupProblems } from './BackupProblems';
export { BackupsSection } from './BackupsSection';
export { useAutomaticBackups } from './useAutomaticBackups';
export { useBackupText } from './useBackupText';
