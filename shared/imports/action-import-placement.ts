import type { LanguageCode } from '../dates';
import type { ControlAction } from '../domain/control-action';
import type { TableKind } from '../domain/table-kind';
import { INTERNAL_CONTROL_KIND_ID, activeKinds } from '../domain/table-kind';
import { validationMessage } from '../validation';
import type { StateIndex } from './action-import-index';
import { nameKey } from './action-import-index';
import type { ColumnKey } from './import-header';

export type Fail = (key: ColumnKey | '', message: string) => void;
export type Cell = (key: ColumnKey) => string;

/** What the file says of the row's table: undefined where it says nothing (kept as it is). */
export type Placement = { kindId?: string; priorityId?: string | null };

const kindList = (index: StateIndex, language: LanguageCode) =>
  activeKinds([...index.kindsById.values()])
    .map((kind) => kind.labels[language].name)
    .join(', ');

/**
 * The row's table kind (Taulukko: a kind's name in Finnish, Swedish or English, or its id, in
 * any case) and strategy priority (Painopiste: a name in the row's year's list, in any case).
 * An empty or missing Taulukko keeps an existing row's kind and makes a new row internal
 * control, as files from before the kinds did; an empty Painopiste puts a goal under none.
 * A retired kind may keep the rows it has; whether a new row may take it is decided when the
 * row is matched (./action-import-match), where it is known to be new. Null after a failure.
 */
export const readPlacement = (
  cell: Cell,
  hasColumn: (key: ColumnKey) => boolean,
  existing: ControlAction | undefined,
  year: number | null,
  context: { index: StateIndex; language: LanguageCode },
  fail: Fail,
): Placement | null => {
  const { index, language } = context;
  const placement: Placement = {};
  let kind: TableKind | undefined = index.kindsById.get(
    existing?.kindId ?? INTERNAL_CONTROL_KIND_ID,
  );
  const kindText = cell('kind').trim();
  if (kindText !== '') {
    const matches = index.kindsByWord.get(nameKey(kindText)) ?? [];
    if (matches.length !== 1) {
      const key = matches.length === 0 ? 'unknownKind' : 'ambiguousKind';
      fail(
        'kind',
        validationMessage(`imports.errors.${key}`, {
          kind: kindText,
          kinds: kindList(index, language),
        }),
      );
      return null;
    }
    kind = matches[0]!;
    if (kind.retired && existing && existing.kindId !== kind.id) {
      fail('kind', 'imports.errors.retiredKind');
      return null;
    }
    placement.kindId = kind.id;
  }
  if (!hasColumn('priority')) return placement;
  const priorityText = cell('priority').trim();
  if (!kind?.usesPriorities) {
    if (priorityText === '') return placement;
    fail('priority', 'imports.errors.priorityNotUsed');
    return null;
  }
  if (priorityText === '') return { ...placement, priorityId: null };
  // Without a valid year (an error of its own) there is no list to look the name up in.
  if (year === null) return placement;
  const priorities = index.prioritiesOf(year);
  const priority = priorities.get(nameKey(priorityText));
  if (priority) return { ...placement, priorityId: priority.id };
  fail(
    'priority',
    priorities.size === 0
      ? validationMessage('imports.errors.noPriorities', { priority: priorityText, year })
      : validationMessage('imports.errors.unknownPriority', {
          priority: priorityText,
          year,
          priorities: [...priorities.values()].map((item) => item.name).join(', '),
        }),
  );
  return null;
};
