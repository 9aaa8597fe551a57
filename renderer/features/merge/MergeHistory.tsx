import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDateTime } from '../../../shared/dates';
import { useMergeHistory } from '../../data/merge/useMergeData';
import { TableScroll } from '../../components/TableScroll';

/** Earlier merges, newest first, each with a link to its report. */
export const MergeHistory = () => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const merges = useMergeHistory();
  return (
    <section aria-labelledby="merge-history-heading" className="merge-history">
      <h2 id="merge-history-heading">{t('merge.history.heading')}</h2>
      {merges === undefined ? (
        <p>{t('app.loading')}</p>
      ) : merges.length === 0 ? (
        <p className="empty-state">{t('merge.history.empty')}</p>
      ) : (
        <TableScroll label={t('merge.history.caption')}>
          <table className="register-table">
            <caption className="visually-hidden">{t('merge.history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('merge.history.mergedAt')}</th>
                <th scope="col">{t('merge.history.unit')}</th>
                <th scope="col">{t('merge.history.year')}</th>
                <th scope="col">{t('merge.history.returnedBy')}</th>
                <th scope="col">{t('merge.history.summary')}</th>
                <th scope="col">{t('merge.history.report')}</th>
              </tr>
            </thead>
            <tbody>
              {merges.map((merge) => (
                <tr key={merge.id}>
                  <th scope="row">{formatDateTime(merge.mergedAt, language)}</th>
                  <td>{merge.unitName}</td>
                  <td>{merge.year}</td>
                  <td>
                    {merge.returnedBy}, {formatDateTime(merge.returnedAt, language)}
                  </td>
                  <td>{t('merge.history.summaryText', merge.counts)}</td>
                  <td>
                    <Link to={`/merge/${merge.id}`}>
                      {t('merge.history.open')}
                      <span className="visually-hidden">
                        {' '}
                        {merge.unitName} {merge.year}
                      </span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
};
