import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { usePlatform } from '../../platform/PlatformContext';
import { HyphenationProvider } from '../reports';
import { MergeReportDocument } from './MergeReportDocument';
import { mergePrintRoute } from './mergeRoutes';
import './merge.css';

/**
 * /print/merge/:mergeId: the merge report as it prints (A4, like the other reports), with the
 * commands to print it or, on desktop, save it as PDF through the shell.
 */
export const MergePrintScreen = () => {
  const { t } = useTranslation();
  const { mergeId = '' } = useParams();
  const platform = usePlatform();
  const notice = useNotice();
  const errorText = useErrorText();
  const [generatedAt] = useState(() => new Date().toISOString());
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleSavePdf = async () => {
    setError(null);
    setIsSaving(true);
    try {
      const result = await platform.reports.savePdf({
        route: `${mergePrintRoute(mergeId)}?output=pdf`,
        suggestedName: `valvo-yhdistaminen-${mergeId.slice(0, 8)}.pdf`,
      });
      if (!result.ok) throw new Error(result.error);
      if (result.value.saved)
        notice.show(t('reports.pdfSaved', { file: result.value.fileName ?? '' }));
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <div className="print-preview">
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('reports.toolbar')}>
        <Link to={`/merge/${encodeURIComponent(mergeId)}`} className="button">
          {t('reports.back')}
        </Link>
        {platform.capabilities.canPrintToPdf ? (
          <button
            type="button"
            className="button button--primary"
            onClick={handleSavePdf}
            disabled={isSaving}
          >
            {isSaving ? t('reports.savingPdf') : t('reports.savePdf')}
          </button>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('reports.print')}
            </button>
            <span className="muted">{t('reports.printHint')}</span>
          </>
        )}
      </div>
      <ErrorAlert message={error} />
      <main id="main" tabIndex={-1}>
        <HyphenationProvider>
          <MergeReportDocument mergeId={mergeId} generatedAt={generatedAt} />
        </HyphenationProvider>
      </main>
    </div>
  );
};
