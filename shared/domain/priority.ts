import { z } from 'zod';
import { TEXT_LIMITS, validationMessage } from '../validation';

/**
 * A strategy priority (painopiste) of one plan year, e.g. "HYVÄ JA SUJUVA ARKI". Strategy goals
 * name it by id, so a renamed priority keeps its rows. Kept in the budget's order.
 */
export const StrategyPrioritySchema = z.object({
  id: z.string().min(1).max(40),
  year: z.number().int().min(2000).max(2100),
  name: z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(
      TEXT_LIMITS.objective,
      validationMessage('validation.tooLong', { max: TEXT_LIMITS.objective }),
    ),
});
export type StrategyPriority = z.infer<typeof StrategyPrioritySchema>;

export const StrategyPrioritiesSchema = z
  .array(StrategyPrioritySchema)
  .refine((list) => new Set(list.map((item) => item.id)).size === list.length, {
    message: validationMessage('goals.priorities.errors.duplicateId'),
  });

/** One year's priorities, in order. */
export const prioritiesOf = (all: readonly StrategyPriority[], year: number) =>
  all.filter((priority) => priority.year === year);
