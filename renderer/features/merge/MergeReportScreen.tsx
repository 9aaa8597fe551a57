import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MergeReportDocument } from './MergeReportDocument';
import { mergePrintRoute } from './mergeRoutes';
import './merge.css';

/** /merge/:mergeId: the merge report in the app, with the way to its print view. */
export const MergeReportScreen = () => {
  const { t } = useTranslation();
  const { mergeId = '' } = useParams();
  const [generatedAt] = useState(() => new Date().toISOString());
  return (
    <>
      <div className="print-toolbar" role="toolbar" aria-label={t('reports.toolbar')}>
        <Link to="/merge" className="button">
          {t('merge.report.back')}
        </Link>
        <Link to={mergePrintRoute(mergeId)} className="button button--primary">
          {t('merge.report.printPreview')}
        </Link>
      </div>
      <MergeReportDocument mergeId={mergeId} generatedAt={generatedAt} />
    </>
  );
};
