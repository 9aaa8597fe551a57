import { useState } from 'react';
import { useParams } from 'react-router';
import { HyphenationProvider } from '../reports';
import { MergeReportDocument } from './MergeReportDocument';
import './merge.css';

/** The merge report alone, for the shell's hidden PDF window (PrintOnlyApp). */
export const MergePdfPage = () => {
  const { mergeId = '' } = useParams();
  const [generatedAt] = useState(() => new Date().toISOString());
  return (
    <main id="main">
      <HyphenationProvider>
        <MergeReportDocument mergeId={mergeId} generatedAt={generatedAt} />
      </HyphenationProvider>
    </main>
  );
};
