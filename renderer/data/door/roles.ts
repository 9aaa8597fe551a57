import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';

/** Organisation-wide settings and year transitions belong to controllers; the data layer says so. */
export const requireController = (context: WriteContext) => {
  if (context.role() !== 'controller') throw new DomainError('errors.controllerOnly');
};
