import type { RiskCategory, RiskMatrix } from '../../../shared/domain/risk-matrix';
import { RiskCategorySchema, RiskMatrixSchema } from '../../../shared/domain/risk-matrix';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { createSettingsRepository } from '../settings/settingsRepository';
import { assertRole } from '../door/rules';
import { writeTransaction } from '../door/writeTransaction';
import type { DoorTransaction } from '../door/writeTransaction';
import { readCategories, readMatrix } from './riskSettings';

/** How many live assessments were made on another scale than `size` (they show as rescaled). */
export const countRescaled = async (db: ValvoDatabase, size: number) =>
  db.assessments.filter((item) => item.deletedAt === null && item.scale !== size).count();

export const createRiskSettingsRepository = (db: ValvoDatabase, context: WriteContext) => {
  const settings = createSettingsRepository(db, context);
  // Organisation-wide, controllers only; settings.save's door transaction nests in these.
  const write = <T>(body: (tx: DoorTransaction) => Promise<T>) =>
    writeTransaction(
      db,
      context,
      { rule: 'controller', tables: ['settings', 'risks', 'assessments'] },
      body,
    );

  const saveCategories = (categories: RiskCategory[]) =>
    settings.save('riskCategories', categories);

  return {
    /**
     * Saves the matrix. Assessments keep the values and scale they were given on; from now on
     * they are shown rescaled to the new size. Returns how many that is, for the UI to say.
     */
    saveMatrix: async (matrix: RiskMatrix) => {
      assertRole('controller', context);
      const parsed = parseInput(RiskMatrixSchema, matrix);
      return write(async () => {
        await settings.save('riskMatrix', parsed);
        return { rescaled: await countRescaled(db, parsed.size) };
      });
    },

    addCategory: async (name: string) => {
      return write(async () => {
        const categories = await readCategories(db);
        const category = parseInput(RiskCategorySchema, { id: context.newId(), name });
        if (
          categories.some(
            (item) => item.name.toLocaleLowerCase('fi') === category.name.toLocaleLowerCase('fi'),
          )
        ) {
          throw new DomainError('risks.categories.errors.duplicate', { name: category.name });
        }
        await saveCategories([...categories, category]);
        return category;
      });
    },

    renameCategory: async (id: string, name: string) => {
      return write(async () => {
        const categories = await readCategories(db);
        const renamed = parseInput(RiskCategorySchema, { id, name });
        if (!categories.some((item) => item.id === id)) throw new DomainError('errors.notFound');
        await saveCategories(categories.map((item) => (item.id === id ? renamed : item)));
      });
    },

    /** Refused while any risk still uses the category: its risks would lose their class. */
    deleteCategory: async (id: string) => {
      return write(async () => {
        const inUse = await db.risks
          .where('category')
          .equals(id)
          .filter((risk) => risk.deletedAt === null)
          .count();
        if (inUse > 0) throw new DomainError('risks.categories.errors.inUse', { count: inUse });
        await saveCategories((await readCategories(db)).filter((item) => item.id !== id));
      });
    },

    readMatrix: () => readMatrix(db),
  };
};

export type RiskSettingsRepository = ReturnType<typeof createRiskSettingsRepository>;
