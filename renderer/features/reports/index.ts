/** What the reports feature offers the rest of the app; other features import it only from here. */
export { PrintPreviewScreen } from './PrintPreviewScreen';
export { PrintReport } from './PrintReport';
export type { ReportMeta } from './ReportCover';
export { ReportColophon } from './ReportCover';
export { ReportsScreen } from './ReportsScreen';
export { HyphenationProvider, useHyphenate, useIsHyphenationReady } from './hyphenation';
export { usePrintDocument } from './usePrintDocument';
export { usePrintPageStyle } from './usePrintPageStyle';
export { printRoute, usePrintParams } from './usePrintParams';
