import { DomainError } from '@shared';
import type { z } from 'zod';

/**
 * What the operator typed into an admin command, parsed by its schema, or INVALID_INPUT naming
 * every problem at once: the command prints them all, as the operator fixes them all before running it again.
 */
export function parseAdminInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new DomainError('INVALID_INPUT', parsed.error.issues.map((i) => i.message).join('；'));
  return parsed.data;
}
