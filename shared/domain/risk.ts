import { z } from 'zod';
import { parseUserDate } from '../dates';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { RecordMetaSchema } from './record';

export const RISK_STATUSES = ['open', 'monitoring', 'closed'] as const;
export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export const ASSESSMENT_KINDS = ['inherent', 'residual'] as const;

export const RiskSchema = RecordMetaSchema.extend({
  unitId: z.uuid(),
  title: z.string().min(1).max(300),
  description: z.string().max(4_000),
  category: z.string().max(100),
  cause: z.string().max(4_000),
  consequence: z.string().max(4_000),
  owner: z.string().max(200),
  treatment: z.enum(RISK_TREATMENTS).nullable(),
  controls: z.string().max(4_000),
  status: z.enum(RISK_STATUSES),
  reviewDate: z.iso.date().nullable(),
  /** A band id that replaces the organisation's tolerance for this risk. */
  toleranceOverride: z.string().max(40).nullable(),
  objectiveActionId: z.uuid().nullable(),
  objectiveText: z.string().max(1_000),
});
export type Risk = z.infer<typeof RiskSchema>;

export const AssessmentSchema = RecordMetaSchema.extend({
  riskId: z.uuid(),
  date: z.iso.date(),
  assessor: z.string().min(1).max(200),
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
  /** The matrix size the values were given on; later matrices rescale them, never rewrite them. */
  scale: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  kind: z.enum(ASSESSMENT_KINDS),
  rationale: z.string().max(4_000),
  isExample: z.boolean(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

const tooLong = (max: number) => validationMessage('validation.tooLong', { max });
const text = (max: number) => z.string().trim().max(max, tooLong(max));

/** The risk form as typed; dates are d.M.yyyy text until they parse, '' means "not set". */
export const RiskInputSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, validationMessage('validation.required'))
      .max(300, tooLong(300)),
    description: text(4_000),
    category: z.string().max(40),
    cause: text(4_000),
    consequence: text(4_000),
    owner: text(TEXT_LIMITS.person),
    treatment: z.union([z.enum(RISK_TREATMENTS), z.literal('')]),
    controls: text(4_000),
    status: z.enum(RISK_STATUSES),
    reviewDate: z.string().trim(),
    toleranceOverride: z.string().max(40),
    objectiveActionId: z.union([z.uuid(), z.literal('')]),
    objectiveText: text(TEXT_LIMITS.objective),
    linkedActionIds: z.array(z.uuid()),
  })
  .transform((input, context) => {
    const reviewDate = input.reviewDate === '' ? null : parseUserDate(input.reviewDate);
    if (input.reviewDate !== '' && reviewDate === null) {
      context.addIssue({
        code: 'custom',
        path: ['reviewDate'],
        message: validationMessage('validation.invalidDate'),
      });
      return z.NEVER;
    }
    return {
      ...input,
      reviewDate,
      treatment: input.treatment === '' ? null : input.treatment,
      toleranceOverride: input.toleranceOverride === '' ? null : input.toleranceOverride,
      objectiveActionId: input.objectiveActionId === '' ? null : input.objectiveActionId,
    };
  });
export type RiskFormValues = z.input<typeof RiskInputSchema>;
export type RiskInput = z.output<typeof RiskInputSchema>;

/**
 * An assessment as typed, checked against the matrix size in force and today: values on the
 * scale, and a date that is not in the future.
 */
export const assessmentInputSchema = (size: number, today: string) =>
  z
    .object({
      date: z.string().trim(),
      assessor: z
        .string()
        .trim()
        .min(1, validationMessage('validation.required'))
        .max(TEXT_LIMITS.person, tooLong(TEXT_LIMITS.person)),
      likelihood: z.coerce
        .number<string | number>()
        .int()
        .min(1, outOfScale(size))
        .max(size, outOfScale(size)),
      impact: z.coerce
        .number<string | number>()
        .int()
        .min(1, outOfScale(size))
        .max(size, outOfScale(size)),
      kind: z.enum(ASSESSMENT_KINDS),
      rationale: text(4_000),
    })
    .transform((input, context) => {
      const date = parseUserDate(input.date);
      if (date === null) {
        context.addIssue({
          code: 'custom',
          path: ['date'],
          message: validationMessage('validation.invalidDate'),
        });
        return z.NEVER;
      }
      if (date > today) {
        context.addIssue({
          code: 'custom',
          path: ['date'],
          message: validationMessage('risks.errors.futureAssessment'),
        });
        return z.NEVER;
      }
      return { ...input, date };
    });

function outOfScale(size: number) {
  return validationMessage('risks.errors.outOfScale', { max: size });
}

export type AssessmentFormValues = z.input<ReturnType<typeof assessmentInputSchema>>;
export type AssessmentInput = z.output<ReturnType<typeof assessmentInputSchema>>;
