import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useOverflowTabStop } from '../../components/useOverflowTabStop';
import { useNotice } from '../../components/Notice';
import { usePlatform } from '../../platform/PlatformContext';
import { useProfile } from '../../session/useProfile';
import { DocxButton } from './DocxButton';
import { PrintReport } from './PrintReport';
import { StatementEditor } from './StatementEditor';
import { printRoute, usePrintParams } from './usePrintParams';

/** The report on screen as it will print, with the commands to print it or save it as PDF. */
export const PrintPreviewScreen = () => {
  const { t } = useTranslation();
  const { kind, scopeId, year, fromYear, contentsPages } = usePrintParams();
  const platform = usePlatform();
  const profile = useProfile();
  const notice = useNotice();
  const errorText = useErrorText();
  const [generatedAt] = useState(() => new Date().toISOString());
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // In a narrow window the report scrolls sideways in its own box (see report.css).
  const scrollRef = useRef<HTMLDivElement>(null);
  useOverflowTabStop(scrollRef, t('reports.previewRegion'));

  const handleSavePdf = async () => {
    if (isSaving) return;
    setError(null);
    setIsSaving(true);
    try {
      const result = await platform.reports.savePdf({
        route: `${printRoute(kind, scopeId, year, fromYear)}&output=pdf`,
        suggestedName:
          kind === 'compare'
            ? `valvo-compare-${fromYear}-${year}.pdf`
            : `valvo-${kind}-${year}.pdf`,
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
        <Link to="/reports" className="button">
          {t('reports.back')}
        </Link>
        {platform.capabilities.canPrintToPdf ? (
          <button
            type="button"
            className="button button--primary"
            onClick={handleSavePdf}
            // Not disabled while saving: that would drop focus on the page body.
            aria-disabled={isSaving}
          >
            {isSaving ? t('reports.savingPdf') : t('reports.savePdf')}
          </button>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('reports.print')}
            </button>
            <span className="muted">
              {t('reports.printHint')}
              {kind === 'audit' && ` ${t('reports.contentsHint')}`}
            </span>
          </>
        )}
        {kind === 'audit' && <DocxButton scopeId={scopeId} year={year} />}
      </div>
      <ErrorAlert message={error} />
      {kind === 'audit' && profile?.role === 'controller' && (
        <StatementEditor scopeId={scopeId} year={year} />
      )}
      <main id="main" tabIndex={-1}>
        <div className="report-scroll" ref={scrollRef}>
          <PrintReport
            kind={kind}
            scopeId={scopeId}
            year={year}
            fromYear={fromYear}
            generatedAt={generatedAt}
            contentsPages={contentsPages}
          />
        </div>
      </main>
    </div>
  );
};
