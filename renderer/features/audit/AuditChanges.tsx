import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import type { AuditText } from './auditFormat';
import { describeChanges, shorten } from './auditFormat';
import './audit.css';

/** Fields every created record carries that the event already tells (its id and time). */
const HIDDEN_FIELDS = new Set(['id', 'createdAt']);

/** A value, cut when long; the whole text opens from the cut one. */
const Value = ({ text }: { text: string }) => {
  const { t } = useTranslation();
  const short = shorten(text);
  if (short === text) return <span className="audit-value">{text}</span>;
  return (
    <details className="audit-value audit-value--long">
      <summary>
        {short} <span className="audit-value__more">{t('audit.showFull')}</span>
      </summary>
      <span className="audit-value__full">{text}</span>
    </details>
  );
};

/** The event's changed fields as "field: before → after". */
export const AuditChanges = ({ event, words }: { event: AuditEvent; words: AuditText }) => {
  const { t } = useTranslation();
  const changes = describeChanges(event, words).filter(
    (change) => !(event.op === 'create' && HIDDEN_FIELDS.has(change.field)),
  );
  if (changes.length === 0) return <span className="muted">{t('audit.noChanges')}</span>;
  return (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="audit-changes__field">{change.label}</span>:{' '}
          <Value text={change.before} /> → <Value text={change.after} />
        </li>
      ))}
    </ul>
  );
};
