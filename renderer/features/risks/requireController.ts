import { DomainError } from '../../db/domain-error';
import type { WriteContext } from '../../db/write-context';

/** Organisation-wide settings and year transitions belong to controllers; the data layer says so. */
export const requireController = (context: WriteContext) => {
  if (context.role() !== 'controller') throw new DomainError('errors.controllerOnly');
};
