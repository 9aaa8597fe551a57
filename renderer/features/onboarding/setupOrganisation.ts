import type { ExampleUnit } from '../../../shared/example/kemijarvi-2026';
import { EXAMPLE_YEAR, KEMIJARVI_2026 } from '../../../shared/example/kemijarvi-2026';
import type { ValvoDatabase } from '../../db/database';
import type { WriteContext } from '../../db/write-context';
import { createActionRepository } from '../actions/actionRepository';
import { createSettingsRepository } from '../settings/settingsRepository';
import { createUnitRepository } from '../units/unitRepository';
import { createPlanYearRepository } from '../years/planYearRepository';

const allTables = (db: ValvoDatabase) => [
  db.units,
  db.planYears,
  db.controlActions,
  db.settings,
  db.auditEvents,
];

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
  db.transaction('rw', allTables(db), async () => {
    await createSettingsRepository(db, context).save('organisation', {
      name,
      currentYear: year,
      isExample: false,
    });
    await createPlanYearRepository(db, context).create(year, 'active');
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
  db.transaction('rw', allTables(db), async () => {
    const units = createUnitRepository(db, context);
    const actions = createActionRepository(db, context);
    await createSettingsRepository(db, context).save('organisation', {
      name: KEMIJARVI_2026.name,
      currentYear: EXAMPLE_YEAR,
      isExample: true,
    });
    await createPlanYearRepository(db, context).create(EXAMPLE_YEAR, 'active');
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
  });
