import type { z } from 'zod';
import { DomainError } from './domainError';

/**
 * The last check before a record is stored: the full record schema, whatever path it came by.
 * A refusal names the first offending field.
 */
export const validateRecord = <T>(schema: z.ZodType<T>, record: unknown): T => {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new DomainError('errors.invalidRecord', { field: issue?.path.join('.') ?? '' });
};

/** Parses user input with the form's own schema; the first issue becomes the message. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new DomainError(issue?.message ?? 'errors.invalidInput', {
    field: issue?.path.join('.') ?? '',
  });
};
