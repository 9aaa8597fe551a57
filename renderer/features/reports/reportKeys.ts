/** The report vocabularies the UI names through i18n keys (reports.types.*, reports.sections.*, reports.columns.*). */
export const REPORT_KINDS = ['audit', 'unit', 'compare'] as const;
export const REPORT_SECTIONS = [
  'summary',
  'goals',
  'riskMap',
  'aboveTolerance',
  'units',
  'goalOutcomes',
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
/** The goal figures' count columns (reports.goals.columns.*). */
export const GOAL_COUNT_COLUMNS = [
  'goals',
  'met',
  'partlyMet',
  'notMet',
  'notAssessable',
  'pending',
] as const;
