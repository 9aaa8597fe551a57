import { useTranslation } from 'react-i18next';
import type { PackageTable } from '../../../shared/packages/format';
import type { MergeReportChange } from '../../../shared/packages/merge-report';
import type { MergeText } from './useMergeText';

/** The fields of a change, one per line: "Vastuuhenkilö: Matti → Maija". */
export const MergeChangeList = ({
  table,
  changes,
  text,
}: {
  table: PackageTable;
  changes: readonly MergeReportChange[];
  text: MergeText;
}) => {
  const { t } = useTranslation();
  return (
    <ul className="merge-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="merge-changes__field">{text.field(change.field)}: </span>
          {t('merge.change', {
            before: text.value(table, change.field, change.before),
            after: text.value(table, change.field, change.after),
          })}
        </li>
      ))}
    </ul>
  );
};
