import type { AssessmentFormValues } from '../../../shared/domain/risk';
import { assessmentInputSchema } from '../../../shared/domain/risk';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { yearOf } from '../../../shared/dates';
import { writeTransaction } from '../door/writeTransaction';
import { readMatrix } from './riskSettings';

/** Assessments are history: each is added once, dated and named, and never rewritten. */
export const createAssessmentRepository = (db: ValvoDatabase, context: WriteContext) => ({
  add: (
    riskId: string,
    values: AssessmentFormValues,
    today: string,
    options: { isExample?: boolean } = {},
  ) =>
    writeTransaction(
      db,
      context,
      { rule: 'edit', tables: ['risks', 'assessments', 'settings'] },
      async (tx) => {
        const risk = await db.risks.get(riskId);
        if (!risk || risk.deletedAt !== null) throw new DomainError('errors.notFound');
        if (risk.status === 'closed') throw new DomainError('risks.errors.closedRisk');
        await tx.check([{ kind: 'unit', unitId: risk.unitId }]);
        const matrix = await readMatrix(db);
        const input = parseInput(assessmentInputSchema(matrix.size, today), values);
        // An assessment is of its risk's unit, in the year of its date.
        const scope = { kind: 'unit', unitId: risk.unitId, year: yearOf(input.date) } as const;
        return tx.create(
          'assessment',
          { ...input, riskId, scale: matrix.size, isExample: options.isExample ?? false },
          { scope },
        );
      },
    ),
});

export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
