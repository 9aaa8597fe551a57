import type { ExampleUnit } from '../../../shared/example/kemijarvi-2026';
import { EXAMPLE_YEAR, KEMIJARVI_2026 } from '../../../shared/example/kemijarvi-2026';
import {
  EXAMPLE_ASSESSMENT_DATE,
  EXAMPLE_ASSESSOR,
  EXAMPLE_RATIONALE,
  KEMIJARVI_RISKS,
} from '../../../shared/example/kemijarvi-risks';
import { DEFAULT_MATRIX, PRESET_CATEGORIES } from '../../../shared/risk-presets';
import type { ValvoDatabase } from '../core/database';
import { createAssessmentRepository } from '../risks/assessmentRepository';
import { createRiskRepository } from '../risks/riskRepository';
import type { WriteContext } from '../core/writeContext';
import { createActionRepository } from '../actions/actionRepository';
import { createSettingsRepository } from '../settings/settingsRepository';
import { writeTransaction } from '../door/writeTransaction';
import { createUnitRepository } from '../units/unitRepository';
import { createYearRepository } from '../years/yearRepository';

/**
 * One door transaction around the repositories' own (nested) ones, so a failure leaves nothing
 * half-written; each repository write meets its own rules.
 */
const inOneTransaction = <T>(db: ValvoDatabase, context: WriteContext, body: () => Promise<T>) =>
  writeTransaction(
    db,
    context,
    { rule: 'edit', tables: ['controlActions', 'risks', 'assessments', 'settings'] },
    body,
  );

/** The organisation's risk matrix and categories are saved at the start, so backups carry them. */
const saveRiskPresets = async (db: ValvoDatabase, context: WriteContext) => {
  const settings = createSettingsRepository(db, context);
  await settings.save('riskMatrix', DEFAULT_MATRIX);
  await settings.save('riskCategories', PRESET_CATEGORIES);
};

/**
 * First run, empty start: the organisation as the root unit, its settings and an active plan
 * year, in one transaction.
 */
export const startEmptyOrganisation = (
  db: ValvoDatabase,
  context: WriteContext,
  name: string,
  year: number,
) =>
  inOneTransaction(db, context, async () => {
    await createSettingsRepository(db, context).save('organisation', {
      name,
      currentYear: year,
      isExample: false,
    });
    await createYearRepository(db, context).create(year, 'active');
    await saveRiskPresets(db, context);
    return createUnitRepository(db, context).create(null, 'organisation', {
      name,
      code: '',
      accountable: '',
      manager: '',
    });
  });

/**
 * First run with the built-in example: Kemijärvi's division with its areas, cost units and the
 * nine 2026 rows, all in one transaction so a failure leaves nothing half-loaded.
 */
export const loadExampleOrganisation = (db: ValvoDatabase, context: WriteContext) =>
  inOneTransaction(db, context, async () => {
    const units = createUnitRepository(db, context);
    const actions = createActionRepository(db, context);
    await createSettingsRepository(db, context).save('organisation', {
      name: KEMIJARVI_2026.name,
      currentYear: EXAMPLE_YEAR,
      isExample: true,
    });
    await createYearRepository(db, context).create(EXAMPLE_YEAR, 'active');
    await saveRiskPresets(db, context);
    const plant = async (example: ExampleUnit, parentId: string | null) => {
      const unit = await units.create(parentId, example.kind, {
        name: example.name,
        code: '',
        accountable: '',
        manager: '',
      });
      for (const row of example.rows ?? []) {
        await actions.create(unit.id, EXAMPLE_YEAR, {
          ...row,
          owner: '',
          deadline: '',
          status: 'not_started',
        });
      }
      for (const child of example.children ?? []) await plant(child, unit.id);
    };
    await plant(KEMIJARVI_2026, null);
    await plantExampleRisks(db, context);
  });

/** The example risks with their illustrative inherent and residual assessments, marked as examples. */
const plantExampleRisks = async (db: ValvoDatabase, context: WriteContext) => {
  const risks = createRiskRepository(db, context);
  const assessments = createAssessmentRepository(db, context);
  const units = await db.units.toArray();
  for (const example of KEMIJARVI_RISKS) {
    const unit = units.find(
      (candidate) => candidate.name === example.unitName && candidate.kind !== 'costUnit',
    );
    if (!unit) throw new Error(`Example unit missing: ${example.unitName}`);
    const rows = await db.controlActions.where('unitId').equals(unit.id).toArray();
    const risk = await risks.create(unit.id, {
      ...example,
      treatment: example.treatment ?? '',
      reviewDate: example.reviewDate,
      toleranceOverride: '',
      objectiveActionId: '',
      objectiveText: '',
      linkedActionIds: rows
        .filter((row) => example.reducedBy.includes(row.objective))
        .map((row) => row.id),
    });
    for (const kind of ['inherent', 'residual'] as const) {
      await assessments.add(
        risk.id,
        {
          ...example[kind],
          kind,
          date: EXAMPLE_ASSESSMENT_DATE,
          assessor: EXAMPLE_ASSESSOR,
          rationale: EXAMPLE_RATIONALE,
        },
        EXAMPLE_ASSESSMENT_DATE,
        { isExample: true },
      );
    }
  }
};
