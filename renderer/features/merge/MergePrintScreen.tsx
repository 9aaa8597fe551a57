import { useState } from 'react';
import { useParams } from 'react-router';
import { HyphenationProvider } from '../reports';
import { PrintToolbar } from '../../components/PrintToolbar';
import { MergeReportDocument } from './MergeReportDocument';
import { mergePrintRoute } from './mergeRoutes';
import './merge.css';

/**
 * /print/merge/:mergeId: the merge report as it prints (A4, like the other reports), with the
 * commands to print it or, on desktop, save it as PDF through the shell.
 */
export const MergePrintScreen = () => {
  const { mergeId = '' } = useParams();
  const [generatedAt] = useState(() => new Date().toISOString());

  return (
    <div className="print-preview">
      <PrintToolbar
        backTo={`/merge/${encodeURIComponent(mergeId)}`}
        pdfRoute={`${mergePrintRoute(mergeId)}?output=pdf`}
        pdfName={`valvo-yhdistaminen-${mergeId.slice(0, 8)}.pdf`}
      />
      <main id="main" tabIndex={-1}>
        <HyphenationProvider>
          <MergeReportDocument mergeId={mergeId} generatedAt={generatedAt} />
        </HyphenationProvider>
      </main>
    </div>
  );
};
