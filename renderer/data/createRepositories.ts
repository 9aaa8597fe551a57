import type { ValvoDatabase } from './core/database';
import type { WriteContext } from './core/writeContext';
import { createActionRepository } from './actions/actionRepository';
import { createBulkRepository } from './actions/bulkRepository';
import { createGoalSettingsRepository } from './goals/goalSettingsRepository';
import { createIndicatorRepository } from './goals/indicatorRepository';
import { createMergeRepository } from './merge/mergeRepository';
import { createPackageRepository } from './packages/packageRepository';
import { createReportStatementRepository } from './reports/reportStatementRepository';
import { createCarryOverRepository } from './years/carryOverRepository';
import { createReviewRepository } from './reviews/reviewRepository';
import { createAssessmentRepository } from './risks/assessmentRepository';
import { createRiskRepository } from './risks/riskRepository';
import { createRiskSettingsRepository } from './risks/riskSettingsRepository';
import { createSettingsRepository } from './settings/settingsRepository';
import { createUnitRepository } from './units/unitRepository';
import { createYearRepository } from './years/yearRepository';

/** Every repository, writing with one context. The app and the data-layer tests use the same set. */
export const createRepositories = (db: ValvoDatabase, context: WriteContext) => ({
  units: createUnitRepository(db, context),
  actions: createActionRepository(db, context),
  settings: createSettingsRepository(db, context),
  years: createYearRepository(db, context),
  risks: createRiskRepository(db, context),
  assessments: createAssessmentRepository(db, context),
  riskSettings: createRiskSettingsRepository(db, context),
  reportStatements: createReportStatementRepository(db, context),
  reviews: createReviewRepository(db, context),
  carryOver: createCarryOverRepository(db, context),
  packages: createPackageRepository(db, context),
  merge: createMergeRepository(db, context),
  bulk: createBulkRepository(db, context),
  indicators: createIndicatorRepository(db, context),
  goalSettings: createGoalSettingsRepository(db, context),
});

export type RepositorySet = ReturnType<typeof createRepositories>;
