import type { StrategyPriority } from '../domain/priority';
import type { TableKind } from '../domain/table-kind';
import { labelsOf } from '../domain/table-kind';
import { planSections } from '../goals/plan-sections';
import type { ActionColumnKey, ActionSource } from './action-columns';
import { ACTION_COLUMNS } from './action-columns';
import type { ColumnSpec, ExportContext, ExportTable } from './columns';
import { TABLE_NAMES, toTable } from './columns';
import { uniqueSheetNames } from './sheet-names';

/**
 * The rows as the XLSX lays them out: one sheet per table kind that has rows, in the kinds'
 * order, each named after its kind in the reader's language and headed with the kind's own
 * three column headings. Within a sheet: units in tree order, each unit's rows as its page
 * shows them (by priority for a kind with priorities). Rows of a kind the organisation no
 * longer lists get a sheet of their own at the end, named by the kind's id, so no row is lost.
 */

const TEXT_KEYS = ['objective', 'actions', 'indicator'] as const;
const FIXED_HEADERS = new Set(
  ACTION_COLUMNS.filter((column) => !(TEXT_KEYS as readonly string[]).includes(column.key)).map(
    (column) => column.header.toLocaleLowerCase('fi'),
  ),
);

/**
 * The kind's three headings, or the standard ones where they would clash with another column's
 * heading or with each other: the import must be able to tell every column apart.
 */
const kindHeadings = (kind: TableKind | null, context: ExportContext) => {
  if (!kind) return null;
  const labels = labelsOf(kind, context.language);
  const headings = TEXT_KEYS.map((key) => labels[key].trim());
  const lower = headings.map((heading) => heading.toLocaleLowerCase('fi'));
  if (new Set(lower).size < 3 || lower.some((heading) => FIXED_HEADERS.has(heading))) return null;
  return Object.fromEntries(TEXT_KEYS.map((key, index) => [key, headings[index]!]));
};

/**
 * A sheet's columns as people read the budget's table: the priority (for a kind with them) and
 * the three texts first, then how the row is doing. The identifiers go to the right end anyway.
 */
const SHEET_ORDER: readonly ActionColumnKey[] = [
  'unit',
  'priority',
  'objective',
  'actions',
  'indicator',
  'indicators',
  'judgement',
  'owner',
  'deadline',
  'status',
  'overdue',
  'latestNote',
  'outcome',
  'unitCode',
  'year',
  'kind',
  'id',
];

const columnsFor = (kind: TableKind | null, context: ExportContext) => {
  const headings = kindHeadings(kind, context);
  return SHEET_ORDER.filter((key) => key !== 'priority' || (kind?.usesPriorities ?? false)).map(
    (key) => {
      const column: ColumnSpec<ActionSource> = ACTION_COLUMNS.find((item) => item.key === key)!;
      return headings && key in headings ? { ...column, header: headings[key]! } : column;
    },
  );
};

/** A kind's name for the reader; the id of a kind the organisation no longer lists. */
export const kindNameOf = (kinds: readonly TableKind[], kindId: string, context: ExportContext) => {
  const kind = kinds.find((item) => item.id === kindId);
  return kind ? labelsOf(kind, context.language).name : kindId;
};

/** The sheets of the rows; one empty sheet in the standard columns when there are no rows. */
export const kindTables = (
  sources: readonly ActionSource[],
  kinds: readonly TableKind[],
  priorities: readonly StrategyPriority[],
  context: ExportContext,
): ExportTable[] => {
  // Unit by unit, so that within each sheet the units keep the tree's order.
  const byKind = new Map<string, ActionSource[]>();
  const units = [...new Set(sources.map((source) => source.unit.id))];
  for (const unitId of units) {
    const placed = sources
      .filter((source) => source.unit.id === unitId)
      .map((source) => ({
        kindId: source.action.kindId,
        priorityId: source.action.priorityId,
        source,
      }));
    for (const section of planSections(placed, kinds, priorities)) {
      const list = byKind.get(section.kind.id) ?? [];
      for (const group of section.groups) list.push(...group.rows.map((row) => row.source));
      byKind.set(section.kind.id, list);
    }
  }
  if (byKind.size === 0)
    return [toTable(TABLE_NAMES.actions, columnsFor(null, context), [], context)];
  const ids = [
    ...kinds.filter((kind) => byKind.has(kind.id)).map((kind) => kind.id),
    ...[...byKind.keys()].filter((id) => !kinds.some((kind) => kind.id === id)),
  ];
  const titles = ids.map((id) => kindNameOf(kinds, id, context));
  // The risks' sheet keeps its name; a kind called the same gets a number.
  const names = uniqueSheetNames([TABLE_NAMES.risks, ...titles]).slice(1);
  return ids.map((id, index) => {
    const kind = kinds.find((item) => item.id === id) ?? null;
    const table = toTable(names[index]!, columnsFor(kind, context), byKind.get(id)!, context);
    return names[index] === titles[index] ? table : { ...table, title: titles[index] };
  });
};
