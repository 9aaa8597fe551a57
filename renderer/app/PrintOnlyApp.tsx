import { useState } from 'react';
import { RouterProvider, createHashRouter } from 'react-router';
import { MergePdfPage } from '../features/merge';
import { PrintReport, usePrintParams } from '../features/reports';

const PdfPage = () => {
  const { kind, scopeId, year, fromYear, contentsPages } = usePrintParams();
  const [generatedAt] = useState(() => new Date().toISOString());
  return (
    <main id="main">
      <PrintReport
        kind={kind}
        scopeId={scopeId}
        year={year}
        fromYear={fromYear}
        generatedAt={generatedAt}
        contentsPages={contentsPages}
      />
    </main>
  );
};

/**
 * The route table of the hidden window that renders a report for PDF (lint lets it import
 * features, like routes.tsx). It only reads, so it neither takes the
 * single-window lock (the main window holds it) nor writes anything.
 */
export const PrintOnlyApp = () => {
  const [router] = useState(() =>
    createHashRouter([
      { path: 'print/:kind', element: <PdfPage /> },
      { path: 'print/merge/:mergeId', element: <MergePdfPage /> },
    ]),
  );
  return <RouterProvider router={router} />;
};
