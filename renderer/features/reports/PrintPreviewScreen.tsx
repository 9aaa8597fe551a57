import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOverflowTabStop } from '../../components/useOverflowTabStop';
import { useProfile } from '../../session/useProfile';
import { PrintToolbar } from '../../components/PrintToolbar';
import { DocxButton } from './DocxButton';
import { PrintReport } from './PrintReport';
import { StatementEditor } from './StatementEditor';
import { printRoute, usePrintParams } from './usePrintParams';

/** The report on screen as it will print, with the commands to print it or save it as PDF. */
export const PrintPreviewScreen = () => {
  const { t } = useTranslation();
  const { kind, scopeId, year, fromYear, contentsPages } = usePrintParams();
  const profile = useProfile();
  const [generatedAt] = useState(() => new Date().toISOString());
  // In a narrow window the report scrolls sideways in its own box (see report.css).
  const scrollRef = useRef<HTMLDivElement>(null);
  useOverflowTabStop(scrollRef, t('reports.previewRegion'));

  return (
    <div className="print-preview">
      <PrintToolbar
        backTo="/reports"
        pdfRoute={`${printRoute(kind, scopeId, year, fromYear)}&output=pdf`}
        pdfName={
          kind === 'compare' ? `valvo-compare-${fromYear}-${year}.pdf` : `valvo-${kind}-${year}.pdf`
        }
        extraHint={kind === 'audit' ? t('reports.contentsHint') : undefined}
      >
        {kind === 'audit' && <DocxButton scopeId={scopeId} year={year} />}
      </PrintToolbar>
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
