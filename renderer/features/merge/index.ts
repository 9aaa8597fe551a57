/** What the merge feature offers the rest of the app; other features import it only from here. */
export { MergePdfPage } from './MergePdfPage';
export { MergePrintScreen } from './MergePrintScreen';
export { MergeReportScreen } from './MergeReportScreen';
export { MergeScreen } from './MergeScreen';
