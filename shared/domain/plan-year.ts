import { z } from 'zod';
import { RecordMetaSchema } from './record';

export const PLAN_YEAR_STATUSES = ['planning', 'active', 'review', 'closed'] as const;
export type PlanYearStatus = (typeof PLAN_YEAR_STATUSES)[number];

export const PlanYearSchema = RecordMetaSchema.extend({
  year: z.number().int().min(2000).max(2100),
  status: z.enum(PLAN_YEAR_STATUSES),
  closedAt: z.iso.datetime().nullable(),
  closedBy: z.string().nullable(),
  /** Why the year was last reopened after closing; the audit trail keeps every earlier reason. */
  reopenReason: z.string().max(4_000).nullable(),
});
export type PlanYear = z.infer<typeof PlanYearSchema>;
