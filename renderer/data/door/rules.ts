import type { Role } from '../../../shared/domain/settings';
import type { ValvoDatabase } from '../core/database';
import { DomainError } from '../core/domainError';
import type { WriteContext } from '../core/writeContext';

/**
 * Who may write, and how, in one write transaction (data/door/writeTransaction). The record
 * rules (year lock, package scope, approvals) apply to every write of the `record` kinds; the
 * others write whole tables from a verified file, and their own rule stands for them.
 */
export type WriteRule =
  /** Any profile; each record's own rules decide (a screen hides what a role does not do). */
  | 'edit'
  /** Controllers and unit managers: a reader looks but does not change (bulk edits). */
  | 'editor'
  /** Controllers only: organisation settings, years, reviews, packages, merges, imports. */
  | 'controller'
  /** A controller merging a backup file into the register, record by record, as the file has them. */
  | 'backupImport'
  /** A controller replacing the whole register with a backup. */
  | 'restore'
  /** The first run's restore: the register holds nothing yet but the profile, so any profile may. */
  | 'firstRunRestore'
  /** Opening a unit package: the register becomes the package's scope (openPackage checks it). */
  | 'packageOpen';

type RuleSpec = {
  roles: readonly Role[] | 'any';
  refusal: string;
  /** Writes whole records as a verified file has them (no revision, no record rules). */
  writesAsGiven: boolean;
  /** Replaces every table. */
  replacesAll: boolean;
};

const CONTROLLER = ['controller'] as const;

export const RULES: Record<WriteRule, RuleSpec> = {
  edit: { roles: 'any', refusal: '', writesAsGiven: false, replacesAll: false },
  editor: {
    roles: ['controller', 'unitManager'],
    refusal: 'worklists.bulk.errors.notAllowed',
    writesAsGiven: false,
    replacesAll: false,
  },
  controller: {
    roles: CONTROLLER,
    refusal: 'errors.controllerOnly',
    writesAsGiven: false,
    replacesAll: false,
  },
  backupImport: {
    roles: CONTROLLER,
    refusal: 'errors.controllerOnly',
    writesAsGiven: true,
    replacesAll: false,
  },
  restore: {
    roles: CONTROLLER,
    refusal: 'errors.controllerOnly',
    writesAsGiven: true,
    replacesAll: true,
  },
  firstRunRestore: { roles: 'any', refusal: '', writesAsGiven: true, replacesAll: true },
  packageOpen: { roles: 'any', refusal: '', writesAsGiven: true, replacesAll: false },
};

/** The role check, made before anything is read or backed up. */
export const assertRole = (rule: WriteRule, context: WriteContext) => {
  const { roles, refusal } = RULES[rule];
  if (roles === 'any') return;
  const role = context.role();
  if (role === null || !roles.includes(role)) throw new DomainError(refusal);
};

/** The tables that make up a register, besides its settings and audit trail. */
export const REGISTER_TABLES = [
  'units',
  'planYears',
  'controlActions',
  'risks',
  'assessments',
  'unitReviews',
  'unitPackages',
  'packageMerges',
] as const;

/** Whether the register holds nothing but the person's profile (and its audit events). */
export const isEmptyRegister = async (db: ValvoDatabase) => {
  const counts = await Promise.all([
    ...REGISTER_TABLES.map((name) => db.table(name).count()),
    db.settings.filter((setting) => setting.key !== 'profile').count(),
  ]);
  return counts.every((count) => count === 0);
};

/** What the rule asks of the register itself, checked inside the transaction. */
export const assertRuleHolds = async (rule: WriteRule, db: ValvoDatabase) => {
  if (rule === 'firstRunRestore' && !(await isEmptyRegister(db)))
    throw new DomainError('backup.errors.notEmptyRegister');
};
