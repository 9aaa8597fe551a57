import type { AssessmentFormValues } from '../../../shared/domain/risk';
import { AssessmentSchema, assessmentInputSchema } from '../../../shared/domain/risk';
import { appendAuditEvents } from '../core/auditLog';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import { parseInput, validateRecord } from '../core/validateRecord';
import type { WriteContext } from '../core/writeContext';
import { freshMeta } from '../core/writeContext';
import { yearOf } from '../../../shared/dates';
import { assertYearWritable } from '../door/yearLock';
import { assertInPackageScope, packageScopeTables } from '../door/packageScope';
import { withdrawApproval } from '../door/approvals';
import { readMatrix } from './riskSettings';

/** Assessments are history: each is added once, dated and named, and never rewritten. */
export const createAssessmentRepository = (db: ValvoDatabase, context: WriteContext) => ({
  add: (
    riskId: string,
    values: AssessmentFormValues,
    today: string,
    options: { isExample?: boolean } = {},
  ) =>
    db.transaction(
      'rw',
      [
        db.risks,
        db.assessments,
        db.settings,
        db.planYears,
        db.unitReviews,
        db.auditEvents,
        ...packageScopeTables(db),
      ],
      async () => {
        const risk = await db.risks.get(riskId);
        if (!risk || risk.deletedAt !== null) throw new DomainError('errors.notFound');
        if (risk.status === 'closed') throw new DomainError('risks.errors.closedRisk');
        await assertInPackageScope(db, { unitId: risk.unitId });
        const matrix = await readMatrix(db);
        const input = parseInput(assessmentInputSchema(matrix.size, today), values);
        await assertYearWritable(db, yearOf(input.date));
        await withdrawApproval(db, context, risk.unitId, yearOf(input.date));
        const assessment = validateRecord(AssessmentSchema, {
          ...freshMeta(context),
          ...input,
          riskId,
          scale: matrix.size,
          isExample: options.isExample ?? false,
        });
        await db.assessments.add(assessment);
        await appendAuditEvents(db, context, [
          {
            entity: 'assessment',
            entityId: assessment.id,
            op: 'create',
            before: null,
            after: assessment,
          },
        ]);
        return assessment;
      },
    ),
});

export type AssessmentRepository = ReturnType<typeof createAssessmentRepository>;
