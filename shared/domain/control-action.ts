import { z } from 'zod';
import { isDateInYear, parseUserDate } from '../dates';
import { TEXT_LIMITS, validationMessage } from '../validation';
import { JudgementOverrideSchema } from './indicator';
import { RecordMetaSchema } from './record';

export const ACTION_STATUSES = [
  'not_started',
  'in_progress',
  'done',
  'partly_done',
  'not_done',
  'postponed',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses a row may end the year in; a row in one of these is never overdue. */
export const FINAL_ACTION_STATUSES: readonly ActionStatus[] = [
  'done',
  'partly_done',
  'not_done',
  'postponed',
  'cancelled',
];

const tooLong = (max: number) => validationMessage('validation.tooLong', { max });

export const ProgressNoteSchema = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  author: z.string().min(1).max(TEXT_LIMITS.person),
  text: z.string().max(TEXT_LIMITS.note, tooLong(TEXT_LIMITS.note)),
  status: z.enum(ACTION_STATUSES).nullable(),
});
export type ProgressNote = z.infer<typeof ProgressNoteSchema>;

export const OutcomeSchema = z.object({
  status: z.enum(FINAL_ACTION_STATUSES as [ActionStatus, ...ActionStatus[]]),
  text: z.string().max(TEXT_LIMITS.outcome, tooLong(TEXT_LIMITS.outcome)),
  evidence: z.array(z.string().max(TEXT_LIMITS.indicator)),
  assessedBy: z.string().min(1).max(TEXT_LIMITS.person),
  assessedAt: z.iso.datetime(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const ControlActionSchema = RecordMetaSchema.extend({
  year: z.number().int().min(2000).max(2100),
  unitId: z.uuid(),
  objective: z.string().min(1).max(TEXT_LIMITS.objective),
  actions: z.string().max(TEXT_LIMITS.actions),
  indicator: z.string().max(TEXT_LIMITS.indicator),
  owner: z.string().max(TEXT_LIMITS.person),
  deadline: z.iso.date().nullable(),
  status: z.enum(ACTION_STATUSES),
  sortOrder: z.number().int(),
  notes: z.array(ProgressNoteSchema),
  outcome: OutcomeSchema.nullable(),
  riskIds: z.array(z.uuid()),
  carriedFromId: z.uuid().nullable(),
  /** The budget table the row belongs to (see table-kind.ts). */
  kindId: z.string().min(1).max(40),
  /** The strategy priority (painopiste) a strategy goal sits under; null for other kinds. */
  priorityId: z.uuid().nullable(),
  /** A person's judgement of the goal in place of the rule over its indicators. */
  judgementOverride: JudgementOverrideSchema.nullable(),
});
export type ControlAction = z.infer<typeof ControlActionSchema>;

/**
 * The row form as typed: the deadline is text (d.M.yyyy) until it parses. `year` is the plan
 * year the row belongs to, so a deadline outside it is refused here, in one place.
 */
export const actionInputSchema = (year: number) =>
  z
    .object({
      objective: z
        .string()
        .trim()
        .min(1, validationMessage('validation.required'))
        .max(TEXT_LIMITS.objective, tooLong(TEXT_LIMITS.objective)),
      actions: z.string().trim().max(TEXT_LIMITS.actions, tooLong(TEXT_LIMITS.actions)),
      indicator: z.string().trim().max(TEXT_LIMITS.indicator, tooLong(TEXT_LIMITS.indicator)),
      owner: z.string().trim().max(TEXT_LIMITS.person, tooLong(TEXT_LIMITS.person)),
      deadline: z.string().trim(),
      status: z.enum(ACTION_STATUSES),
      /** The table the row is in; a new row without one is internal control, an edit keeps it. */
      kindId: z.string().min(1).max(40).optional(),
      /** '' from a form's "no priority" choice is none. */
      priorityId: z
        .preprocess((value) => (value === '' ? null : value), z.string().min(1).max(40).nullable())
        .optional(),
    })
    .transform((input, context) => {
      if (input.deadline === '') return { ...input, deadline: null };
      const iso = parseUserDate(input.deadline);
      if (!iso) {
        context.addIssue({
          code: 'custom',
          path: ['deadline'],
          message: validationMessage('validation.invalidDate'),
        });
        return z.NEVER;
      }
      if (!isDateInYear(iso, year)) {
        context.addIssue({
          code: 'custom',
          path: ['deadline'],
          message: validationMessage('validation.deadlineOutsideYear', { year }),
        });
        return z.NEVER;
      }
      return { ...input, deadline: iso };
    });

export type ActionFormValues = z.input<ReturnType<typeof actionInputSchema>>;
export type ActionInput = z.output<ReturnType<typeof actionInputSchema>>;

export const statusChangeSchema = z.object({
  status: z.enum(ACTION_STATUSES),
  note: z.string().trim().max(TEXT_LIMITS.note, tooLong(TEXT_LIMITS.note)),
});
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

/** A person's judgement of a goal row over the rule's; the reason is required. */
export const judgementOverrideInputSchema = JudgementOverrideSchema.pick({
  judgement: true,
  reason: true,
});
export type JudgementOverrideInput = z.input<typeof judgementOverrideInputSchema>;

/**
 * The realised outcome recorded at the year-end review: a final status, what was achieved
 * against the indicator, and optional evidence references (one per line).
 */
export const outcomeInputSchema = z
  .object({
    status: z.enum(FINAL_ACTION_STATUSES as [ActionStatus, ...ActionStatus[]]),
    text: z
      .string()
      .trim()
      .min(1, validationMessage('validation.required'))
      .max(TEXT_LIMITS.outcome, tooLong(TEXT_LIMITS.outcome)),
    evidence: z.string().max(TEXT_LIMITS.outcome, tooLong(TEXT_LIMITS.outcome)),
  })
  .transform((input) => ({
    ...input,
    evidence: input.evidence
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  }));
export type OutcomeFormValues = z.input<typeof outcomeInputSchema>;
