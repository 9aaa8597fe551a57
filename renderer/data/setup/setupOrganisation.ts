import type { ExampleUnit } from '../../../shared/example/kemijarvi-2026';
import { EXAMPLE_YEAR, KEMIJARVI_2026 } from '../../../shared/example/kemijarvi-2026';
import type { ExampleGoalTable } from '../../../shared/example/kemijarvi-2026-goals';
import {
  KEMIJARVI_2026_GOALS,
  STRATEGY_PRIORITIES_2026,
} from '../../../shared/example/kemijarvi-2026-goals';
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
import { createIndicatorRepository } from '../goals/indicatorRepository';
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
    {
      rule: 'edit',
      tables: ['controlActions', 'indicators', 'risks', 'assessments', 'settings'],
    },
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
 * The plan year's strategy priorities as the budget prints them, saved as a setting directly (the
 * first-run profile may be of any role; the list is the example's, not a controller's edit).
 */
const saveExamplePriorities = async (db: ValvoDatabase, context: WriteContext) => {
  const priorities = STRATEGY_PRIORITIES_2026.map((name) => ({
    id: context.newId(),
    year: EXAMPLE_YEAR,
    name,
  }));
  await createSettingsRepository(db, context).save('strategyPriorities', priorities);
  return new Map(priorities.map((priority) => [priority.name, priority.id]));
};

/** A unit's tables: the whole budget chapter's where it has them, else its rows as internal control. */
const tablesOf = (example: ExampleUnit): ExampleGoalTable[] => {
  if (example.kind === 'costUnit') return [];
  const tables = KEMIJARVI_2026_GOALS[example.name];
  if (tables) return tables;
  const rows = (example.rows ?? []).map((row) => ({
    ...row,
    indicators: [{ text: row.indicator, type: 'text' as const }],
  }));
  return rows.length > 0 ? [{ kind: 'internalControl', rows }] : [];
};

/**
 * First run with the built-in example: Kemijärvi's division with its areas and cost units, and
 * every goal, productivity and internal-control table of its 2026 budget chapter with each
 * row's indicators, all in one transaction so a failure leaves nothing half-loaded.
 */
export const loadExampleOrganisation = (db: ValvoDatabase, context: WriteContext) =>
  inOneTransaction(db, context, async () => {
    const units = createUnitRepository(db, context);
    const actions = createActionRepository(db, context);
    const indicators = createIndicatorRepository(db, context);
    await createSettingsRepository(db, context).save('organisation', {
      name: KEMIJARVI_2026.name,
      currentYear: EXAMPLE_YEAR,
      isExample: true,
    });
    await createYearRepository(db, context).create(EXAMPLE_YEAR, 'active');
    await saveRiskPresets(db, context);
    const priorityIds = await saveExamplePriorities(db, context);
    const plantTable = async (unitId: string, table: ExampleGoalTable) => {
      for (const row of table.rows) {
        const action = await actions.create(unitId, EXAMPLE_YEAR, {
          objective: row.objective,
          actions: row.actions,
          indicator: row.indicator,
          owner: '',
          deadline: '',
          status: 'not_started',
          kindId: table.kind,
          priorityId: table.priority ? (priorityIds.get(table.priority) ?? null) : null,
        });
        for (const indicator of row.indicators) {
          await indicators.add(action.id, {
            text: indicator.text,
            type: indicator.type,
            unit: indicator.unit ?? '',
            upTo100: indicator.type === 'percentage',
            baseline: '',
            target: '',
            direction:
              indicator.higherIsBetter === undefined
                ? ''
                : indicator.higherIsBetter
                  ? 'higher'
                  : 'lower',
          });
        }
      }
    };
    const plant = async (example: ExampleUnit, parentId: string | null) => {
      const unit = await units.create(parentId, example.kind, {
        name: example.name,
        code: '',
        accountable: '',
        manager: '',
      });
      for (const table of tablesOf(example)) await plantTable(unit.id, table);
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
    const rows = (await db.controlActions.where('unitId').equals(unit.id).toArray()).filter(
      (row) => row.kindId === 'internalControl',
    );
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
