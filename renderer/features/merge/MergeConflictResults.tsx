import { useTranslation } from 'react-i18next';
import type { MergeReport } from '../../../shared/packages/merge-report';
import { MergeChangeList } from './MergeChangeList';
import type { MergeText } from './useMergeText';

type Props = { conflicts: MergeReport['conflicts']; text: MergeText };

/** How each conflict was resolved, field by field: the three versions side by side and the choice. */
export const MergeConflictResults = ({ conflicts, text }: Props) => {
  const { t } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <section className="report-section merge-section">
      <h2>{t('merge.report.sections.conflicts')}</h2>
      {conflicts.map((conflict) => (
        <div className="merge-conflict" key={`${conflict.table}:${conflict.id}`}>
          <table className="report-table merge-table">
            <caption>
              {t('merge.conflictCaption', { record: text.record(conflict) })} ·{' '}
              {text.table(conflict.table)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('merge.columns.field')}</th>
                <th scope="col">{t('merge.columns.base')}</th>
                <th scope="col">{t('merge.columns.ours')}</th>
                <th scope="col">{t('merge.columns.theirs')}</th>
                <th scope="col">{t('merge.columns.result')}</th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((field) => (
                <tr key={field.field}>
                  <th scope="row">{text.field(field.field)}</th>
                  <td>{text.value(conflict.table, field.field, field.base)}</td>
                  <td>{text.value(conflict.table, field.field, field.ours)}</td>
                  <td>{text.value(conflict.table, field.field, field.theirs)}</td>
                  <td>
                    {field.choice
                      ? t('merge.report.resolvedAs', {
                          choice: text.choice(field.choice),
                          value: text.value(conflict.table, field.field, field.value),
                        })
                      : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {conflict.changes.length > 0 && (
            <div className="merge-conflict__also">
              <p>{t('merge.conflictAlsoTaken')}</p>
              <MergeChangeList table={conflict.table} changes={conflict.changes} text={text} />
            </div>
          )}
        </div>
      ))}
    </section>
  );
};
