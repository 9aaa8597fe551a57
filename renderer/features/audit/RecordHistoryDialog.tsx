import { useTranslation } from 'react-i18next';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import { DialogButtons } from '../../components/DialogButtons';
import { ModalDialog } from '../../components/ModalDialog';
import { RecordHistory } from './RecordHistory';

type Props = { entity: AuditedEntity; entityId: string; name: string; onClose: () => void };

/** A record's change history in a dialog, e.g. from a row's "Historia" command. */
export const RecordHistoryDialog = ({ entity, entityId, name, onClose }: Props) => {
  const { t } = useTranslation();
  return (
    <ModalDialog title={t('audit.historyTitle', { name })} isOpen onClose={onClose}>
      <RecordHistory entity={entity} entityId={entityId} showHeading={false} />
      <DialogButtons onCancel={onClose} cancelLabel={t('app.close')} />
    </ModalDialog>
  );
};
