import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePlatform } from '../platform/PlatformContext';
import { ErrorAlert } from './ErrorAlert';
import { useSavePdf } from './useSavePdf';

type Props = {
  /** Where "Takaisin" goes. */
  backTo: string;
  /** The print route with `output=pdf`, and the file name the save dialog suggests. */
  pdfRoute: string;
  pdfName: string;
  /** Said after the browser's print hint (e.g. how to get the contents' page numbers). */
  extraHint?: string | undefined;
  /** More commands at the end of the toolbar (e.g. the DOCX export). */
  children?: ReactNode;
};

/**
 * The bar above a print preview: back, then on desktop "Tallenna PDF" through the shell, in a
 * browser "Tulosta" (window.print) with a hint on saving as PDF from the print dialog. A failed
 * save is said under the bar.
 */
export const PrintToolbar = ({ backTo, pdfRoute, pdfName, extraHint, children }: Props) => {
  const { t } = useTranslation();
  const platform = usePlatform();
  const pdf = useSavePdf(pdfRoute, pdfName);
  return (
    <>
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('reports.toolbar')}>
        <Link to={backTo} className="button">
          {t('reports.back')}
        </Link>
        {platform.capabilities.canPrintToPdf ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => void pdf.save()}
            // Not disabled while saving: that would drop focus on the page body.
            aria-disabled={pdf.isSaving}
          >
            {pdf.isSaving ? t('reports.savingPdf') : t('reports.savePdf')}
          </button>
        ) : (
          <>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('reports.print')}
            </button>
            <span className="muted">
              {t('reports.printHint')}
              {extraHint && ` ${extraHint}`}
            </span>
          </>
        )}
        {children}
      </div>
      <ErrorAlert message={pdf.error} />
    </>
  );
};
