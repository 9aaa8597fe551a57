import type { EntityTable, Table } from 'dexie';
import { Dexie } from 'dexie';
import type { AuditEvent } from '../../../shared/domain/audit-event';
import type { ControlAction } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import type { PlanYear } from '../../../shared/domain/plan-year';
import type { Assessment, Risk } from '../../../shared/domain/risk';
import type { Setting } from '../../../shared/domain/settings';
import type { Unit } from '../../../shared/domain/unit';
import type { PackageMergeRecord, UnitPackageRecord } from '../../../shared/domain/unit-package';
import type { UnitReview } from '../../../shared/domain/unit-review';
import { applyMigrations } from './migrations';

export const DATABASE_NAME = 'valvo';

/** The tables of the register, by name (the write door opens its transactions by these). */
export type TableName =
  | 'units'
  | 'planYears'
  | 'controlActions'
  | 'risks'
  | 'assessments'
  | 'auditEvents'
  | 'settings'
  | 'unitReviews'
  | 'unitPackages'
  | 'packageMerges'
  | 'indicators';

/**
 * The one Dexie database. Only the data layer (renderer/data/) touches it, and it writes only
 * through the door (data/door/writeTransaction). Strict durability: a write reported as saved
 * has reached the disk.
 */
export class ValvoDatabase extends Dexie {
  units!: EntityTable<Unit, 'id'>;
  planYears!: EntityTable<PlanYear, 'id'>;
  controlActions!: EntityTable<ControlAction, 'id'>;
  risks!: EntityTable<Risk, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  auditEvents!: Table<AuditEvent, number>;
  settings!: EntityTable<Setting, 'id'>;
  unitReviews!: EntityTable<UnitReview, 'id'>;
  unitPackages!: EntityTable<UnitPackageRecord, 'id'>;
  packageMerges!: EntityTable<PackageMergeRecord, 'id'>;
  indicators!: EntityTable<Indicator, 'id'>;
  /** Set when the database must not be written (e.g. a newer schema than this code knows). */
  readOnlyReason: string | null = null;

  constructor(
    name = DATABASE_NAME,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    applyMigrations(this);
  }
}
