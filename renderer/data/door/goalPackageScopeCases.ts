/**
 * The goal tables' writes in package mode for packageScope.test.ts (imported only by *.test.ts
 * files): indicators of a row outside the package, and the organisation's lists of kinds and
 * priorities, all refused.
 */
import type { Indicator } from '../../../shared/domain/indicator';
import { PRESET_TABLE_KINDS } from '../../../shared/table-kind-presets';
import type { RepositorySet } from '../createRepositories';
import { newBusinessesIndicator } from '../goals/goals.test-support';

type Call = () => Promise<unknown>;
type Refused = { refused: Call };

/** Two indicators of another unit's row (the second deleted), as if they had got here. */
export const foreignIndicators = (actionId: string, unitId: string): Indicator[] => {
  const foreignIndicator = (index: number, deletedAt: string | null = null): Indicator => ({
    id: `00000000-0000-4000-8000-c0000000000${index}`,
    rev: 1,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    updatedBy: 'Laura Controller',
    deletedAt,
    actionId,
    unitId,
    year: 2026,
    text: 'Uusien yritysten määrä',
    type: 'number',
    unit: 'kpl',
    upTo100: false,
    baseline: 14,
    target: 20,
    higherIsBetter: true,
    values: [],
    judgement: null,
    sortOrder: index,
  });
  return [foreignIndicator(1), foreignIndicator(2, '2026-03-01T08:00:00.000Z')];
};

type Ids = {
  foreignRow: { id: string };
  foreignIndicator: Indicator;
  foreignDeletedIndicator: Indicator;
};

export const goalPackageCases = (
  repos: RepositorySet,
  ids: Ids,
): Record<'indicators' | 'goalSettings', Record<string, Refused>> => ({
  indicators: {
    add: { refused: () => repos.indicators.add(ids.foreignRow.id, newBusinessesIndicator) },
    update: {
      refused: () =>
        repos.indicators.update(ids.foreignIndicator.id, 1, {
          ...newBusinessesIndicator,
          target: '30',
        }),
    },
    addReading: {
      refused: () =>
        repos.indicators.addReading(ids.foreignIndicator.id, 1, {
          date: '1.4.2026',
          value: '15',
        }),
    },
    judge: { refused: () => repos.indicators.judge(ids.foreignIndicator.id, 1, 'met') },
    softDelete: { refused: () => repos.indicators.softDelete(ids.foreignIndicator.id) },
    restore: { refused: () => repos.indicators.restore(ids.foreignDeletedIndicator.id) },
  },
  goalSettings: {
    addKind: {
      refused: () =>
        repos.goalSettings.addKind(
          {
            fi: {
              name: 'Aloitteet',
              objective: 'Aloite',
              actions: 'Toimet',
              indicator: 'Mittari',
            },
            sv: {
              name: 'Initiativ',
              objective: 'Initiativ',
              actions: 'Åtgärder',
              indicator: 'Mätare',
            },
            en: {
              name: 'Initiatives',
              objective: 'Initiative',
              actions: 'Actions',
              indicator: 'Measure',
            },
          },
          false,
        ),
    },
    renameKind: {
      refused: () =>
        repos.goalSettings.renameKind(PRESET_TABLE_KINDS[0]!.id, PRESET_TABLE_KINDS[1]!.labels),
    },
    moveKind: { refused: () => repos.goalSettings.moveKind(PRESET_TABLE_KINDS[0]!.id, 1) },
    setKindRetired: {
      refused: () => repos.goalSettings.setKindRetired(PRESET_TABLE_KINDS[0]!.id, true),
    },
    deleteKind: { refused: () => repos.goalSettings.deleteKind(PRESET_TABLE_KINDS[0]!.id) },
    addPriority: { refused: () => repos.goalSettings.addPriority(2026, 'Elinvoima') },
    renamePriority: {
      refused: () => repos.goalSettings.renamePriority(2026, ids.foreignRow.id, 'Elinvoima'),
    },
    movePriority: {
      refused: () => repos.goalSettings.movePriority(2026, ids.foreignRow.id, 1),
    },
    deletePriority: {
      refused: () => repos.goalSettings.deletePriority(2026, ids.foreignRow.id),
    },
  },
});
