import type { RiskCategory, RiskMatrix } from '../../../shared/domain/risk-matrix';
import { DEFAULT_MATRIX, PRESET_CATEGORIES } from '../../../shared/risk-presets';
import type { ValvoDatabase } from '../core/database';
import { readSetting } from '../settings/settingsRepository';

/** The organisation's matrix; the 5×5 preset until a controller saves one. */
export const readMatrix = async (db: ValvoDatabase): Promise<RiskMatrix> =>
  (await readSetting(db, 'riskMatrix')) ?? DEFAULT_MATRIX;

export const readCategories = async (db: ValvoDatabase): Promise<RiskCategory[]> =>
  (await readSetting(db, 'riskCategories')) ?? PRESET_CATEGORIES;
