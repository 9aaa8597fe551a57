import type { PlanYear } from '../../shared/domain/plan-year';
import type { Setting } from '../../shared/domain/settings';
import { DEFAULT_MATRIX, PRESET_CATEGORIES } from '../../shared/risk-presets';
import { syntheticPriorities } from './synthetic-goals';
import { SYNTHETIC_CITY } from './synthetic-names';
import { draw, recordSeed } from './synthetic-random';
import { SETUP_ACTOR, UNITS_CREATED_AT } from './synthetic-units';

const KIND_SETTINGS = 2;

/** The controller profile the data set is opened with. */
export const SYNTHETIC_PROFILE = { name: SETUP_ACTOR, role: 'controller' } as const;

/**
 * Organisation, risk matrix (5 × 5), categories and a controller profile, as first run saves
 * them, and the plan year's strategy priorities. The table kinds stay the built-in ones, which
 * the app reads when no `tableKinds` setting is saved.
 */
export const syntheticSettings = (year: number, seed: number): Setting[] => {
  const rng = draw(recordSeed(seed, KIND_SETTINGS, 0));
  const meta = () => ({
    id: rng.uuid(),
    createdAt: UNITS_CREATED_AT(year),
    updatedAt: UNITS_CREATED_AT(year),
    updatedBy: SETUP_ACTOR,
    rev: 1,
    deletedAt: null,
  });
  return [
    { ...meta(), key: 'profile', value: { ...SYNTHETIC_PROFILE } },
    {
      ...meta(),
      key: 'organisation',
      value: { name: SYNTHETIC_CITY, currentYear: year, isExample: false },
    },
    { ...meta(), key: 'riskMatrix', value: structuredClone(DEFAULT_MATRIX) },
    { ...meta(), key: 'riskCategories', value: structuredClone(PRESET_CATEGORIES) },
    { ...meta(), key: 'strategyPriorities', value: syntheticPriorities(year, seed) },
  ];
};

/** The plan year, active. */
export const syntheticPlanYear = (year: number, seed: number): PlanYear => ({
  id: draw(recordSeed(seed, KIND_SETTINGS, 1)).uuid(),
  createdAt: UNITS_CREATED_AT(year),
  updatedAt: UNITS_CREATED_AT(year),
  updatedBy: SETUP_ACTOR,
  rev: 1,
  deletedAt: null,
  year,
  status: 'active',
  closedAt: null,
  closedBy: null,
  reopenReason: null,
});
