/**
 * Helpers for the unit package tests (imported only by *.test.ts files): a controller's register
 * with the Kemijärvi example, and a unit manager's Valvo that holds only a profile.
 */
import type { Role } from '../../../shared/domain/settings';
import type { UnitPackage } from '../../../shared/packages/format';
import { createRepositories } from '../createRepositories';
import type { ValvoDatabase } from '../core/database';
import { openTestDatabase, testContext } from '../../test/testDatabase';
import { loadExampleOrganisation } from '../setup/setupOrganisation';
import { createUnitPackage, serializeUnitPackage } from '../../../shared/packages/format';
import type { VerifiedPackage } from '../../../shared/packages/parse';
import { readPackageText } from './packageFiles';

export type Side = {
  db: ValvoDatabase;
  context: ReturnType<typeof testContext>;
  repos: ReturnType<typeof createRepositories>;
};

const side = (actor: string, start: string, role: Role): Side => {
  const db = openTestDatabase();
  const context = testContext(actor, start, role);
  return { db, context, repos: createRepositories(db, context) };
};

/** The controller's register: the example organisation with its 2026 rows, risks and assessments. */
export const controllerSide = async (): Promise<Side> => {
  const controller = side('Riitta Controller', '2026-03-02T08:00:00.000Z', 'controller');
  await loadExampleOrganisation(controller.db, controller.context);
  return controller;
};

/** A unit manager's Valvo on another computer: a profile and nothing else. */
export const managerSide = async (name = 'Eero Esihenkilö'): Promise<Side> => {
  const manager = side(name, '2026-04-01T07:00:00.000Z', 'unitManager');
  await manager.repos.settings.save('profile', { name, role: 'unitManager' });
  return manager;
};

export const unitIdByName = async (db: ValvoDatabase, name: string) => {
  const unit = await db.units.filter((item) => item.name === name && item.kind === 'area').first();
  if (!unit) throw new Error(`no unit ${name}`);
  return unit.id;
};

/** Every table, every record, in primary-key order: to show that a refusal changed nothing. */
export const snapshot = async (db: ValvoDatabase) =>
  Object.fromEntries(
    await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])),
  );

// The blank row and risk forms are the door tests' own; package tests use the same ones.
export { blankRisk, blankRow } from '../door/doorTestSupport';

/** The package without its hash, so that a test can change it and hash it again. */
export const rehash = (pkg: UnitPackage, changes: Partial<UnitPackage>) => {
  const body: Partial<UnitPackage> = { ...pkg, ...changes };
  delete body.format;
  delete body.formatVersion;
  delete body.contentSha256;
  return createUnitPackage(body as Parameters<typeof createUnitPackage>[0]);
};

/** A package as the unit manager gets it: saved as a file and read back, so verified. */
export const readBack = (pkg: UnitPackage): VerifiedPackage => {
  const read = readPackageText(serializeUnitPackage(pkg), pkg.kind);
  if (!read.ok) throw new Error(JSON.stringify(read.problems.slice(0, 5)));
  return read.pkg;
};
