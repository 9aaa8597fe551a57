import { z } from 'zod';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { RecordMetaSchema } from './record';

export const UNIT_REVIEW_STATES = ['approved', 'returned', 'withdrawn'] as const;
export type UnitReviewState = (typeof UNIT_REVIEW_STATES)[number];

/**
 * The controller's decision on one unit's year at the year-end review: approved, or returned
 * with a comment for the unit manager. An edit after approval withdraws it, saying why.
 */
export const UnitReviewSchema = RecordMetaSchema.extend({
  year: z.number().int().min(2000).max(2100),
  unitId: z.uuid(),
  state: z.enum(UNIT_REVIEW_STATES),
  comment: z.string().max(TEXT_LIMITS.note),
  decidedBy: z.string().min(1).max(TEXT_LIMITS.person),
  decidedAt: z.iso.datetime(),
});
export type UnitReview = z.infer<typeof UnitReviewSchema>;

export const ReturnCommentSchema = z
  .string()
  .trim()
  .min(1, validationMessage('validation.required'))
  .max(TEXT_LIMITS.note, validationMessage('validation.tooLong', { max: TEXT_LIMITS.note }));
