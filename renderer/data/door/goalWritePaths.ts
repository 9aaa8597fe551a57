/**
 * The writes of the goal tables for the door's tests (imported only by *.test.ts files): a
 * row's indicators, and the controller's lists of table kinds and strategy priorities.
 * writePaths.ts lists them with every other write.
 */
import { PRESET_TABLE_KINDS } from '../../../shared/table-kind-presets';
import type { RepositorySet } from '../createRepositories';
import { newBusinessesIndicator } from '../goals/goals.test-support';
import type { Register } from './doorTestSupport';
import type { WritePath } from './unitRecordWritePaths';
import { NO_REVISION, stale } from './unitRecordWritePaths';

const reading = { date: '1.10.2026', value: '17' };

const ownKind = {
  fi: { name: 'Aloitteet', objective: 'Aloite', actions: 'Toimet', indicator: 'Mittarit' },
  sv: { name: 'Initiativ', objective: 'Initiativ', actions: 'Åtgärder', indicator: 'Mätare' },
  en: { name: 'Initiatives', objective: 'Initiative', actions: 'Actions', indicator: 'Measures' },
};

export const goalWritePaths = ({
  ids,
}: Register): Record<'indicators' | 'goalSettings', Record<string, WritePath>> => {
  const builtIn = PRESET_TABLE_KINDS[0]!.id;
  const settingWrite = (call: (r: RepositorySet) => Promise<unknown>): WritePath => ({
    rule: 'controller',
    call,
    audits: ['setting'],
    withdraws: false,
    stale: NO_REVISION,
  });
  return {
    indicators: {
      add: {
        rule: 'edit',
        call: (r) => r.indicators.add(ids.row, newBusinessesIndicator),
        audits: ['indicator'],
        withdraws: true,
        stale: 'a new record has no revision',
      },
      update: {
        rule: 'edit',
        call: (r) =>
          r.indicators.update(ids.indicator, 1, { ...newBusinessesIndicator, target: '25' }),
        audits: ['indicator'],
        withdraws: true,
        stale: stale((r) => r.indicators.update(ids.indicator, 0, newBusinessesIndicator)),
      },
      addReading: {
        rule: 'edit',
        call: (r) => r.indicators.addReading(ids.indicator, 1, reading),
        audits: ['indicator'],
        withdraws: true,
        stale: stale((r) => r.indicators.addReading(ids.indicator, 0, reading)),
      },
      judge: {
        rule: 'edit',
        call: (r) => r.indicators.judge(ids.indicator, 1, 'partlyMet'),
        audits: ['indicator'],
        withdraws: true,
        stale: stale((r) => r.indicators.judge(ids.indicator, 0, 'met')),
      },
      softDelete: {
        rule: 'edit',
        call: (r) => r.indicators.softDelete(ids.indicator),
        audits: ['indicator'],
        withdraws: true,
        stale: NO_REVISION,
      },
      restore: {
        rule: 'edit',
        call: (r) => r.indicators.restore(ids.deletedIndicator),
        audits: ['indicator'],
        withdraws: true,
        stale: NO_REVISION,
      },
    },
    goalSettings: {
      addKind: settingWrite((r) => r.goalSettings.addKind(ownKind, false)),
      renameKind: settingWrite((r) =>
        r.goalSettings.renameKind(builtIn, { ...PRESET_TABLE_KINDS[0]!.labels, fi: ownKind.fi }),
      ),
      moveKind: settingWrite((r) => r.goalSettings.moveKind(builtIn, 1)),
      setKindRetired: settingWrite((r) => r.goalSettings.setKindRetired(builtIn, true)),
      deleteKind: settingWrite(async (r) => {
        const kinds = await r.goalSettings.addKind(ownKind, false);
        return r.goalSettings.deleteKind(kinds.at(-1)!.id);
      }),
      addPriority: settingWrite((r) => r.goalSettings.addPriority(2026, 'Elinvoima')),
      renamePriority: settingWrite(async (r) => {
        const [priority] = await r.goalSettings.addPriority(2026, 'Elinvoima');
        return r.goalSettings.renamePriority(2026, priority!.id, 'Elinvoimaa');
      }),
      movePriority: settingWrite(async (r) => {
        await r.goalSettings.addPriority(2026, 'Elinvoima');
        const list = await r.goalSettings.addPriority(2026, 'Hyvinvointi');
        return r.goalSettings.movePriority(2026, list[1]!.id, -1);
      }),
      deletePriority: settingWrite(async (r) => {
        const [priority] = await r.goalSettings.addPriority(2026, 'Elinvoima');
        return r.goalSettings.deletePriority(2026, priority!.id);
      }),
    },
  };
};
