import type { ControlAction } from '../../../shared/domain/control-action';

/** Ids of the actions that reduce the risk (links are kept on the actions, as the domain model says). */
export const linkedActionIdsOf = (
  riskId: string,
  actions: readonly Pick<ControlAction, 'id' | 'riskIds'>[],
) => actions.filter((action) => action.riskIds.includes(riskId)).map((action) => action.id);
