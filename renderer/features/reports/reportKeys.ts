/** The report vocabularies the UI names through i18n keys (reports.types.*, reports.sections.*, reports.columns.*). */
export const REPORT_KINDS = ['audit', 'unit', 'compare'] as const;
export const REPORT_SECTIONS = [
  'summary',
  'riskMap',
  'aboveTolerance',
  'units',
  'withoutOutcome',
  'statement',
] as const;
export const SUMMARY_COLUMNS = [
  'unit',
  'planned',
  'done',
  'partly',
  'notDone',
  'postponed',
  'overdue',
] as const;
