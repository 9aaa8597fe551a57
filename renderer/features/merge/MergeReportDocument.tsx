import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks/usePageTitle';
import { APP_VERSION } from '../../platform';
import { useIsHyphenationReady, usePrintDocument, usePrintPageStyle } from '../reports';
import { useProfile } from '../../session/useProfile';
import { MergeReportView } from './MergeReportView';
import { useMergeReport } from '../../data/merge/useMergeData';

type Props = { mergeId: string; generatedAt: string };

/** One merge's report with its cover, as the screen, the print preview and the PDF show it. */
export const MergeReportDocument = ({ mergeId, generatedAt }: Props) => {
  const { t } = useTranslation();
  const data = useMergeReport(mergeId);
  const profile = useProfile();
  const title = data
    ? t('merge.report.title', { unit: data.unitName, year: data.merge.year })
    : t('merge.heading');
  usePageTitle(title);
  usePrintPageStyle(title);
  const isHyphenationReady = useIsHyphenationReady();
  usePrintDocument({
    isReady: data !== undefined && profile !== undefined && isHyphenationReady,
    title,
    author: data?.organisationName ?? '',
    subject: t('reports.subjects.merge', { scope: data?.unitName ?? '' }),
  });
  if (data === undefined) return <p>{t('merge.report.loading')}</p>;
  if (data === null) return <p role="alert">{t('merge.report.notFound')}</p>;
  return (
    <MergeReportView
      data={data}
      title={title}
      meta={{
        generatedAt,
        generatedBy: profile?.name ?? '',
        appVersion: APP_VERSION,
        chainHead: data.chainHead,
      }}
    />
  );
};
