import type { z } from 'zod';
import type { AuditedEntity } from '../../../shared/domain/audit-event';
import type { ControlAction } from '../../../shared/domain/control-action';
import { ControlActionSchema } from '../../../shared/domain/control-action';
import type { Indicator } from '../../../shared/domain/indicator';
import { IndicatorSchema } from '../../../shared/domain/indicator';
import type { PlanYear } from '../../../shared/domain/plan-year';
import { PlanYearSchema } from '../../../shared/domain/plan-year';
import type { Assessment, Risk } from '../../../shared/domain/risk';
import { AssessmentSchema, RiskSchema } from '../../../shared/domain/risk';
import type { Setting } from '../../../shared/domain/settings';
import { SettingSchema } from '../../../shared/domain/settings';
import type { Unit } from '../../../shared/domain/unit';
import { UnitSchema } from '../../../shared/domain/unit';
import type { PackageMergeRecord, UnitPackageRecord } from '../../../shared/domain/unit-package';
import {
  PackageMergeRecordSchema,
  UnitPackageRecordSchema,
} from '../../../shared/domain/unit-package';
import type { UnitReview } from '../../../shared/domain/unit-review';
import { UnitReviewSchema } from '../../../shared/domain/unit-review';
import type { TableName } from '../core/database';
import type { WriteScope } from './scopeGuard';

/** The record type of each audited entity. */
export type EntityRecords = {
  unit: Unit;
  planYear: PlanYear;
  controlAction: ControlAction;
  risk: Risk;
  assessment: Assessment;
  setting: Setting;
  unitReview: UnitReview;
  unitPackage: UnitPackageRecord;
  packageMerge: PackageMergeRecord;
  indicator: Indicator;
};

export type RecordOf<E extends AuditedEntity> = EntityRecords[E];

type EntitySpec<E extends AuditedEntity> = {
  table: TableName;
  /** The full record schema: the last check before a record is stored, whatever path it came by. */
  schema: z.ZodType<RecordOf<E>>;
  /**
   * Where a record belongs, which decides the rules its writes meet (data/door/scopeGuard).
   * null: the record does not say (an assessment belongs to its risk's unit): the write names it.
   */
  scope: (record: RecordOf<E>) => WriteScope | null;
  /** What its audit events keep of it, when not the whole record. */
  audited?: (record: RecordOf<E>) => object;
};

/** What the audit trail keeps of a package record: the base is named by its hash, not copied. */
export const auditedPackageRecord = ({ base, ...rest }: UnitPackageRecord) => ({
  ...rest,
  baseCounts: {
    controlActions: base.controlActions.length,
    risks: base.risks.length,
    assessments: base.assessments.length,
  },
});

const organisation: WriteScope = { kind: 'organisation' };

/** Every record type the door writes: its table, its schema and the scope of its writes. */
export const ENTITIES: { [E in AuditedEntity]: EntitySpec<E> } = {
  unit: { table: 'units', schema: UnitSchema, scope: () => organisation },
  // Closing and reopening write the plan year itself: the year lock is about its records.
  planYear: { table: 'planYears', schema: PlanYearSchema, scope: () => organisation },
  controlAction: {
    table: 'controlActions',
    schema: ControlActionSchema,
    scope: (action) => ({ kind: 'unit', unitId: action.unitId, year: action.year }),
  },
  // Risks carry over years: their unit is their scope; their rows and assessments are year-bound.
  risk: {
    table: 'risks',
    schema: RiskSchema,
    scope: (risk) => ({ kind: 'unit', unitId: risk.unitId }),
  },
  assessment: { table: 'assessments', schema: AssessmentSchema, scope: () => null },
  // The person's own profile stays theirs; every other setting is the organisation's.
  setting: {
    table: 'settings',
    schema: SettingSchema,
    scope: (setting) => (setting.key === 'profile' ? { kind: 'personal' } : organisation),
  },
  unitReview: {
    table: 'unitReviews',
    schema: UnitReviewSchema,
    scope: (review) => ({ kind: 'organisation', year: review.year }),
  },
  // An issued package is the controller's record of a year; the opened one is package mode itself.
  unitPackage: {
    table: 'unitPackages',
    schema: UnitPackageRecordSchema,
    scope: (record) =>
      record.role === 'issued' ? { kind: 'organisation', year: record.year } : { kind: 'package' },
    audited: auditedPackageRecord,
  },
  packageMerge: {
    table: 'packageMerges',
    schema: PackageMergeRecordSchema,
    scope: (merge) => ({ kind: 'organisation', year: merge.year }),
  },
  indicator: {
    table: 'indicators',
    schema: IndicatorSchema,
    scope: (indicator) => ({ kind: 'unit', unitId: indicator.unitId, year: indicator.year }),
  },
};
