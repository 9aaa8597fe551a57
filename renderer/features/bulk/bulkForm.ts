import { z } from 'zod';
import { parseUserDate } from '../../../shared/dates';
import type { ActionStatus } from '../../../shared/domain/control-action';
import {
  ACTION_STATUSES,
  actionInputSchema,
  statusChangeSchema,
} from '../../../shared/domain/control-action';
import { validationMessage } from '../../../shared/validation';
import type { BulkChange } from '../../data/actions/bulkChecks';

// The action form's own field rules; the year matters only to the deadline, which the repository
// checks against each action's own year.
const { owner: ownerSchema } = actionInputSchema(0).in.shape;

/**
 * The bulk dialog: each of owner, deadline and status changes only when its "muuta" box is
 * ticked, and at least one must be. The note goes to every action that changes.
 */
export const bulkFormSchema = z
  .object({
    changeOwner: z.boolean(),
    owner: z.string(),
    changeDeadline: z.boolean(),
    deadline: z.string(),
    changeStatus: z.boolean(),
    status: z.enum(ACTION_STATUSES),
    note: statusChangeSchema.shape.note,
  })
  .superRefine((values, context) => {
    if (!values.changeOwner && !values.changeDeadline && !values.changeStatus) {
      context.addIssue({
        code: 'custom',
        path: ['changeOwner'],
        message: validationMessage('worklists.bulk.errors.nothingToChange'),
      });
    }
    if (values.changeOwner) {
      const owner = ownerSchema.safeParse(values.owner);
      if (!owner.success)
        context.addIssue({
          code: 'custom',
          path: ['owner'],
          message: owner.error.issues[0]?.message ?? 'errors.invalidInput',
        });
    }
    const deadline = values.deadline.trim();
    if (values.changeDeadline && deadline !== '' && !parseUserDate(deadline)) {
      context.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: validationMessage('validation.invalidDate'),
      });
    }
  });

export type BulkFormValues = z.input<typeof bulkFormSchema>;

export const emptyBulkForm = (status: ActionStatus = 'in_progress'): BulkFormValues => ({
  changeOwner: false,
  owner: '',
  changeDeadline: false,
  deadline: '',
  changeStatus: false,
  status,
  note: '',
});

/** The ticked fields as the repository takes them; an empty deadline clears it. */
export const toBulkChange = (values: BulkFormValues): BulkChange => ({
  ...(values.changeOwner ? { owner: values.owner } : {}),
  ...(values.changeDeadline
    ? { deadline: values.deadline.trim() === '' ? null : values.deadline }
    : {}),
  ...(values.changeStatus ? { status: values.status } : {}),
  note: values.note,
});
