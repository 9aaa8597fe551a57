import type { LanguageCode } from '../../../shared/dates';
import { formatDate, formatDateTime, isIsoDate } from '../../../shared/dates';
import type { AuditedEntity, AuditEvent } from '../../../shared/domain/audit-event';
import { REFERENCE_FIELDS } from '../../data/audit/auditQuery';

/**
 * How an audit event reads to people. Keys are built from stored values here, so each lookup goes
 * through `text`, which answers null for a key the catalogue does not have; the raw value is shown
 * then, never a key.
 */
export type AuditText = {
  text: (key: string, values?: Record<string, unknown>) => string | null;
  language: LanguageCode;
  names: ReadonlyMap<string, string>;
};

/** Values longer than this are cut in the list; the whole text stays one click away. */
export const SHORT_LENGTH = 80;

/** Stored codes whose words live in the catalogue, per entity and field. */
const CODE_PREFIXES: Partial<Record<AuditedEntity, Record<string, string>>> = {
  controlAction: { status: 'actions.statuses.', kindId: 'goals.kindNames.' },
  indicator: { type: 'goals.indicatorTypes.', judgement: 'goals.judgements.' },
  risk: { status: 'risks.statuses.', treatment: 'risks.treatments.' },
  assessment: { kind: 'risks.kinds.' },
  unit: { kind: 'units.kinds.' },
  planYear: { status: 'years.statuses.' },
  unitReview: { state: 'review.states.' },
  setting: { key: 'audit.settings.' },
};

/** Codes inside stored objects (a note's status, a profile's role, an outcome's status). */
const NESTED_PREFIXES: Record<string, string> = {
  status: 'actions.statuses.',
  role: 'roles.',
  language: 'languages.names.',
  judgement: 'goals.judgements.',
};

/** A stored text that is a catalogue key, e.g. 'review.withdrawnReasons.editedAfterApproval'. */
const TRANSLATION_KEY = /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)+$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const EMPTY = '–';

export const entityLabel = (entity: string, words: AuditText) =>
  words.text(`audit.entities.${entity}`) ?? entity;

export const operationLabel = (op: string, words: AuditText) =>
  words.text(`audit.operations.${op}`) ?? op;

export const fieldLabel = (field: string, words: AuditText) =>
  words.text(`audit.fields.${field}`) ?? field;

export const eventTime = (event: AuditEvent, words: AuditText) =>
  formatDateTime(event.at, words.language);

/** The record's name now, or for a setting the word for its key. */
export const recordName = (event: AuditEvent, words: AuditText): string | null => {
  const name = words.names.get(event.entityId);
  if (!name) return null;
  return event.entity === 'setting' ? (words.text(`audit.settings.${name}`) ?? name) : name;
};

const formatText = (value: string, prefix: string | undefined, words: AuditText): string => {
  if (value === '') return EMPTY;
  if (prefix) {
    const word = words.text(`${prefix}${value}`);
    if (word) return word;
  }
  if (TRANSLATION_KEY.test(value)) {
    const translated = words.text(value);
    if (translated) return translated;
  }
  const name = words.names.get(value);
  if (name) return name;
  if (isIsoDate(value)) return formatDate(value, words.language);
  if (ISO_DATE_TIME.test(value)) return formatDateTime(value, words.language);
  return value;
};

type Note = { date?: unknown; author?: unknown; text?: unknown; status?: unknown };

const formatNote = (note: Note, words: AuditText): string => {
  const head = [
    typeof note.date === 'string' ? formatText(note.date, undefined, words) : '',
    typeof note.author === 'string' ? note.author : '',
    typeof note.status === 'string' ? formatText(note.status, NESTED_PREFIXES.status, words) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const text = typeof note.text === 'string' ? note.text.trim() : '';
  return text ? `${head}: ${text}` : head;
};

const formatNested = (key: string, value: unknown, words: AuditText): string => {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return formatText(value, NESTED_PREFIXES[key], words);
  if (typeof value === 'boolean' || typeof value === 'number') return formatAny(value, words);
  if (Array.isArray(value)) {
    return value.length === 0
      ? EMPTY
      : value.map((item) => formatNested(key, item, words)).join(', ');
  }
  // An object inside an object (a risk level of the matrix): its fields named in words too.
  return `(${formatObject(value as Record<string, unknown>, words, ', ')})`;
};

const formatAny = (value: unknown, words: AuditText): string => {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'boolean') return (value ? words.text('app.yes') : words.text('app.no'))!;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return formatText(value, undefined, words);
  return JSON.stringify(value);
};

type Reading = { date?: unknown; value?: unknown; by?: unknown };

/** An indicator's actual value as a person reads it: "31.5.2026: 21 (Eero Esihenkilö)". */
const formatReading = (reading: Reading, words: AuditText): string => {
  const { date, value, by } = reading;
  const shown =
    typeof value === 'number' ? value.toLocaleString(words.language) : formatAny(value, words);
  const when = typeof date === 'string' ? `${formatText(date, undefined, words)}: ` : '';
  return `${when}${shown}${typeof by === 'string' ? ` (${by})` : ''}`;
};

/**
 * One side of a change as text: codes and stored catalogue keys translated, dates in the
 * language's format, ids of other records by name, progress notes newest first, an indicator's
 * actual values by date.
 */
export const formatValue = (
  entity: AuditedEntity,
  field: string,
  value: unknown,
  words: AuditText,
): string => {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return formatText(value, CODE_PREFIXES[entity]?.[field], words);
  if (typeof value !== 'object') return formatAny(value, words);
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    if (entity === 'indicator' && field === 'values') {
      return (value as Reading[]).map((reading) => formatReading(reading, words)).join('; ');
    }
    if (field === 'notes') {
      return [...value]
        .reverse()
        .map((note) => formatNote(note as Note, words))
        .join(' | ');
    }
    const isReference = REFERENCE_FIELDS[field] !== undefined;
    return value
      .map((item) =>
        typeof item === 'string'
          ? formatText(item, isReference ? undefined : CODE_PREFIXES[entity]?.[field], words)
          : typeof item === 'object' && item !== null
            ? formatObject(item as Record<string, unknown>, words)
            : formatAny(item, words),
      )
      .join(', ');
  }
  return formatObject(value as Record<string, unknown>, words);
};

/** A stored object (a profile, the risk matrix) as "Field: value" pairs, fields in words. */
function formatObject(value: Record<string, unknown>, words: AuditText, separator = '; '): string {
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${fieldLabel(key, words)}: ${formatNested(key, item, words)}`)
    .join(separator);
}

export type FieldChange = {
  field: string;
  label: string;
  before: string;
  after: string;
};

/** The event's changed fields, labelled and formatted, in the stored (alphabetical) order. */
export const describeChanges = (event: AuditEvent, words: AuditText): FieldChange[] =>
  Object.entries(event.changes).map(([field, [before, after]]) => ({
    field,
    label: fieldLabel(field, words),
    before: formatValue(event.entity, field, before, words),
    after: formatValue(event.entity, field, after, words),
  }));

/** The start of a long text, cut at a word where one is near, with an ellipsis. */
export const shorten = (text: string, max = SHORT_LENGTH): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
};
