import { formatDateForInput } from '../dates';
import { isOverdue } from '../deadlines';
import type { ActionStatus, ControlAction } from '../domain/control-action';
import type { Indicator } from '../domain/indicator';
import type { Unit } from '../domain/unit';
import type { ColumnSpec, Translate } from './columns';
import { indicatorLines, rowJudgementText } from './indicator-text';

/**
 * The columns of the rows' table, in the order the CSV writes them:
 *
 *   Yksikkö; Yksikön tunnus; Vuosi; <the three text columns>; Vastuuhenkilö; Määräaika; Tila;
 *   Myöhässä; Viimeisin edistymismerkintä; Toteuma; Id; Taulukko; Painopiste;
 *   Mittareiden toteutuminen; Rivin arvio
 *
 * New columns are appended, so a column never moves: people keep lookups and macros on these
 * files by position. The CSV holds rows of every kind, so its three text columns carry the
 * internal-control headings they always had. An XLSX sheet of one kind orders them for reading
 * instead (see ./kind-tables) and carries the kind's own headings. The import finds columns by
 * their headers.
 */

/** A row with what its columns show: its unit, its kind's and priority's names, its indicators. */
export type ActionSource = {
  unit: Unit;
  action: ControlAction;
  /** In the reader's language (the import reads the name in any language). */
  kindName: string;
  /** For a kind with priorities, the year's priority the row sits under; null otherwise. */
  priorityName: string | null;
  /** The row's live indicators in their order. */
  indicators: readonly Indicator[];
};

export const actionStatusKey = (status: ActionStatus) => `actions.statuses.${status}` as const;

/** "15.6.2026 Maija Meikäläinen (Käynnissä): text" – the newest note, or null without notes. */
const latestNote = (action: ControlAction, t: Translate): string | null => {
  const note = action.notes.reduce<ControlAction['notes'][number] | undefined>(
    (newest, item) => (newest === undefined || item.date >= newest.date ? item : newest),
    undefined,
  );
  if (!note) return null;
  const status = note.status ? ` (${t(actionStatusKey(note.status))})` : '';
  const text = note.text ? `: ${note.text}` : '';
  return `${formatDateForInput(note.date)} ${note.author}${status}${text}`;
};

export const ACTION_COLUMNS = [
  { key: 'unit', header: 'Yksikkö', kind: 'text', width: 28, value: ({ unit }) => unit.name },
  {
    key: 'unitCode',
    header: 'Yksikön tunnus',
    kind: 'text',
    width: 12,
    isIdentifier: true,
    value: ({ unit }) => unit.code || null,
  },
  {
    key: 'year',
    header: 'Vuosi',
    kind: 'integer',
    width: 8,
    isIdentifier: true,
    value: ({ action }) => action.year,
  },
  {
    key: 'objective',
    header: 'Sisäinen valvonta ja riskienhallinta',
    kind: 'longText',
    width: 40,
    value: ({ action }) => action.objective,
  },
  {
    key: 'actions',
    header: 'Toimenpiteet',
    kind: 'longText',
    width: 50,
    value: ({ action }) => action.actions,
  },
  {
    key: 'indicator',
    header: 'Toteutuma',
    kind: 'longText',
    width: 32,
    value: ({ action }) => action.indicator,
  },
  {
    key: 'owner',
    header: 'Vastuuhenkilö',
    kind: 'text',
    width: 22,
    value: ({ action }) => action.owner,
  },
  {
    key: 'deadline',
    header: 'Määräaika',
    kind: 'date',
    width: 12,
    value: ({ action }) => action.deadline,
  },
  {
    key: 'status',
    header: 'Tila',
    kind: 'text',
    width: 20,
    value: ({ action }, { t }) => t(actionStatusKey(action.status)),
  },
  {
    key: 'overdue',
    header: 'Myöhässä',
    kind: 'text',
    width: 10,
    value: ({ action }, { t, today }) => (isOverdue(action, today) ? t('app.yes') : t('app.no')),
  },
  {
    key: 'latestNote',
    header: 'Viimeisin edistymismerkintä',
    kind: 'longText',
    width: 40,
    value: ({ action }, { t }) => latestNote(action, t),
  },
  {
    key: 'outcome',
    header: 'Toteuma',
    kind: 'longText',
    width: 40,
    value: ({ action }) => action.outcome?.text ?? null,
  },
  {
    key: 'id',
    header: 'Id',
    kind: 'text',
    width: 38,
    isIdentifier: true,
    value: ({ action }) => action.id,
  },
  {
    key: 'kind',
    header: 'Taulukko',
    kind: 'text',
    width: 24,
    // On an XLSX sheet of one kind it says what the sheet name says; the import reads it back.
    isIdentifier: true,
    value: ({ kindName }) => kindName,
  },
  {
    key: 'priority',
    header: 'Painopiste',
    kind: 'text',
    width: 24,
    value: ({ priorityName }) => priorityName,
  },
  {
    key: 'indicators',
    header: 'Mittareiden toteutuminen',
    kind: 'longText',
    width: 48,
    value: ({ indicators }, { t }) => indicatorLines(indicators, t),
  },
  {
    key: 'judgement',
    header: 'Rivin arvio',
    kind: 'text',
    width: 18,
    value: ({ action, indicators }, { t }) => rowJudgementText(action, indicators, t),
  },
] as const satisfies readonly ColumnSpec<ActionSource>[];

export type ActionColumnKey = (typeof ACTION_COLUMNS)[number]['key'];
