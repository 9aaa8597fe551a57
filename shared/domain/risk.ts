import { z } from 'zod';
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
  toleranceOverride: z.number().int().min(1).nullable(),
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
  kind: z.enum(ASSESSMENT_KINDS),
  rationale: z.string().max(4_000),
  isExample: z.boolean(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
