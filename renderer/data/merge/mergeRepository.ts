import type { MergeResolutions } from '../../../shared/packages/merge-apply';
import type { ValvoDatabase } from '../core/database';
import type { WriteContext } from '../core/writeContext';
import type { ApplyMergeOptions } from './applyMerge';
import { applyMerge } from './applyMerge';
import type { PreparedMerge } from './prepareMerge';
import { prepareMerge } from './prepareMerge';

/**
 * The controller's merge of a returned unit package: `prepare` reads and checks the file and
 * plans the merge without writing anything; `apply` writes the plan with the controller's
 * resolutions in one transaction (after the automatic backup, when one is passed).
 */
export const createMergeRepository = (db: ValvoDatabase, context: WriteContext) => ({
  prepare: (text: string) => prepareMerge(db, text),
  apply: (prepared: PreparedMerge, resolutions: MergeResolutions, options?: ApplyMergeOptions) =>
    applyMerge(db, context, prepared, resolutions, options),
});

export type MergeRepository = ReturnType<typeof createMergeRepository>;
