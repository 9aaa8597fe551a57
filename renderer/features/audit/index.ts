/** What the audit feature offers the rest of the app; other features import it only from here. */
export { AuditLogScreen } from './AuditLogScreen';
export { RecordHistory } from './RecordHistory';
export { RecordHistoryDialog } from './RecordHistoryDialog';
export { fieldLabel, formatValue } from './auditFormat';
export { useAuditText } from './useAuditText';
