import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import type { MergeResolutions } from '../../../shared/packages/merge-apply';
import { buildMergeReport } from '../../../shared/packages/merge-report';
import { recordKey } from '../../../shared/packages/records';
import { Alert } from '../../components/Alert';
import { MergeChangeTables } from './MergeChangeTables';
import { MergeConflictForm } from './MergeConflictForm';
import { MergeCounts } from './MergeCounts';
import type { MergeMessage, PreparedMerge } from '../../data/merge/prepareMerge';
import { useMergeText } from './useMergeText';

type Props = {
  prepared: PreparedMerge;
  takesBackup: boolean;
  isApplying: boolean;
  onApply: (resolutions: MergeResolutions) => void;
  onCancel: () => void;
};

/** Names of the unit, its risks and rows as the package and the register have them. */
const namesOf = (prepared: PreparedMerge) => {
  const names = new Map<string, string>(prepared.pkg.units.map((unit) => [unit.id, unit.name]));
  names.set(prepared.pkg.unitId, prepared.unitName);
  for (const entry of prepared.plan.entries) {
    const record = entry.result ?? entry.theirs ?? entry.ours ?? entry.base;
    if (record && 'title' in record) names.set(record.id, record.title);
    if (record && 'objective' in record) names.set(record.id, record.objective);
  }
  return names;
};

/** A message's timestamps (params ending in `At`) in the reader's language. */
const timesIn = (params: MergeMessage['params'], language: LanguageCode) =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      name.endsWith('At') && typeof value === 'string' ? formatDateTime(value, language) : value,
    ]),
  );

/** What the merge would do, before anything is written: counts, lists by table, conflicts to resolve. */
export const MergePreview = ({ prepared, takesBackup, isApplying, onApply, onCancel }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const { pkg, plan } = prepared;
  const names = useMemo(() => namesOf(prepared), [prepared]);
  const text = useMergeText(names);
  const report = useMemo(() => buildMergeReport(plan, {}), [plan]);
  const labels = new Map(
    report.conflicts.map((conflict) => [
      recordKey(conflict.table, conflict.id),
      text.record(conflict),
    ]),
  );
  const alsoTaken = new Map(
    report.conflicts.map((conflict) => [recordKey(conflict.table, conflict.id), conflict.changes]),
  );
  const hasChanges = plan.counts.added + plan.counts.changed + plan.counts.conflicts > 0;

  return (
    <section aria-labelledby="merge-preview-heading" className="merge-preview">
      <h2 id="merge-preview-heading">
        {t('merge.preview.heading', { unit: prepared.unitName, year: pkg.year })}
      </h2>
      <ul className="merge-preview__facts">
        <li>
          {t('merge.preview.issued', {
            name: pkg.issuedTo,
            date: formatDateTime(pkg.issuedAt, language),
          })}
        </li>
        <li>
          {t('merge.preview.returned', {
            name: pkg.returnedBy,
            date: formatDateTime(pkg.returnedAt, language),
          })}
        </li>
        <li>{t('merge.preview.unitEvents', { count: pkg.auditEvents.length })}</li>
      </ul>
      {prepared.warnings.map((warning) => (
        <Alert key={warning.key} variant="warning" role="alert">
          {t(warning.key, timesIn(warning.params, language))}
        </Alert>
      ))}
      <MergeCounts counts={plan.counts} />
      {!hasChanges && <p>{t('merge.preview.nothingToMerge')}</p>}
      <MergeChangeTables report={report} text={text} isDone={false} />
      <p className="muted">{takesBackup ? t('merge.backupNote') : t('merge.webBackupNote')}</p>
      <MergeConflictForm
        plan={plan}
        labels={labels}
        alsoTaken={alsoTaken}
        text={text}
        isApplying={isApplying}
        onApply={onApply}
        onCancel={onCancel}
      />
    </section>
  );
};
