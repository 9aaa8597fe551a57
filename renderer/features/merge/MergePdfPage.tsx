import { useState } from 'react';
import { useParams } from 'react-router';
import { MergeReportDocument } from './MergeReportDocument';
import './merge.css';

/** The merge report alone, for the shell's hidden PDF window (PrintOnlyApp). */
export const MergePdfPage = () => {
  const { mergeId = '' } = useParams();
  const [generatedAt] = useState(() => new Date().toISOString());
  return (
    <main id="main">
      <MergeReportDocument mergeId={mergeId} generatedAt={generatedAt} />
    </main>
  );
};
