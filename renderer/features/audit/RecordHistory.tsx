import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import { AuditChanges } from './AuditChanges';
import { eventTime, operationLabel } from './auditFormat';
import { useRecordHistory } from '../../data/audit/useAuditData';
import { useAuditText } from './useAuditText';
import { TableScroll } from '../../components/TableScroll';

const PAGE = 50;

type Props = {
  entity: AuditedEntity;
  entityId: string;
  /** Off inside a dialog, whose title already says what this is. */
  showHeading?: boolean;
};

/** One record's change history from the audit log, newest first, by whom and what changed. */
export const RecordHistory = ({ entity, entityId, showHeading = true }: Props) => {
  const { t } = useTranslation();
  const headingId = useId();
  const [limit, setLimit] = useState(PAGE);
  const history = useRecordHistory(entity, entityId, limit);
  const words = useAuditText(history?.names);
  return (
    <section aria-labelledby={showHeading ? headingId : undefined} className="record-history">
      {showHeading && <h2 id={headingId}>{t('audit.historyHeading')}</h2>}
      {history === undefined ? (
        <p>{t('app.loading')}</p>
      ) : history.events.length === 0 ? (
        <p>{t('audit.historyEmpty')}</p>
      ) : (
        <>
          <TableScroll label={t('audit.historyCaption')}>
            <table className="register-table audit-table">
              <caption className="visually-hidden">{t('audit.historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.operation')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {history.events.map((event) => (
                  <tr key={event.seq}>
                    <th scope="row" className="audit-table__time">
                      {eventTime(event, words)}
                    </th>
                    <td>{event.actor}</td>
                    <td>{operationLabel(event.op, words)}</td>
                    <td>
                      <AuditChanges event={event} words={words} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {history.hasMore && (
            <button
              type="button"
              className="button"
              onClick={() => setLimit((value) => value + PAGE)}
            >
              {t('audit.showMore')}
            </button>
          )}
        </>
      )}
    </section>
  );
};
