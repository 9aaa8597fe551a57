import type { ControlAction } from '../../../shared/domain/control-action';

/** Ids of the rows that reduce the risk (links are kept on the rows, as the domain model says). */
export const linkedActionIdsOf = (
  riskId: string,
  rows: readonly Pick<ControlAction, 'id' | 'riskIds'>[],
) => rows.filter((row) => row.riskIds.includes(riskId)).map((row) => row.id);
