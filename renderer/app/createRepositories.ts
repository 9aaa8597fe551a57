import type { ValvoDatabase } from '../db/database';
import type { WriteContext } from '../db/write-context';
import { createActionRepository } from '../features/actions/actionRepository';
import { createBulkRepository } from '../features/bulk/bulkRepository';
import { createMergeRepository } from '../features/merge/mergeRepository';
import { createPackageRepository } from '../features/packages/packageRepository';
import { createReportStatementRepository } from '../features/reports/reportStatementRepository';
import { createCarryOverRepository } from '../features/review/carryOverRepository';
import { createReviewRepository } from '../features/review/reviewRepository';
import { createAssessmentRepository } from '../features/risks/assessmentRepository';
import { createRiskRepository } from '../features/risks/riskRepository';
import { createRiskSettingsRepository } from '../features/risks/riskSettingsRepository';
import { createSettingsRepository } from '../features/settings/settingsRepository';
import { createUnitRepository } from '../features/units/unitRepository';
import { createPlanYearRepository } from '../features/years/planYearRepository';
import { createYearLifecycle } from '../features/years/yearLifecycle';

/** Every repository, writing with one context. The app and the data-layer tests use the same set. */
export const createRepositories = (db: ValvoDatabase, context: WriteContext) => ({
  units: createUnitRepository(db, context),
  actions: createActionRepository(db, context),
  settings: createSettingsRepository(db, context),
  planYears: createPlanYearRepository(db, context),
  years: createYearLifecycle(db, context),
  risks: createRiskRepository(db, context),
  assessments: createAssessmentRepository(db, context),
  riskSettings: createRiskSettingsRepository(db, context),
  reportStatements: createReportStatementRepository(db, context),
  reviews: createReviewRepository(db, context),
  carryOver: createCarryOverRepository(db, context),
  packages: createPackageRepository(db, context),
  merge: createMergeRepository(db, context),
  bulk: createBulkRepository(db, context),
});

export type RepositorySet = ReturnType<typeof createRepositories>;
