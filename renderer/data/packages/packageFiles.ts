import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { UnitPackage } from '../../../shared/packages/format';
import { serializeUnitPackage } from '../../../shared/packages/format';
import type { ParsedUnitPackage } from '../../../shared/packages/parse';
import { parseUnitPackage } from '../../../shared/packages/parse';
import { slugify } from '../../../shared/exports/file-name';
import { CURRENT_SCHEMA_VERSION } from '../core/migrations';

export const PACKAGE_EXTENSION = '.valvo-paketti.json';
export const PACKAGE_MIME_TYPE = 'application/json';
export const ZIP_MIME_TYPE = 'application/zip';

const unitSlug = (unitName: string) => slugify(unitName) || 'yksikko';

/** `hallintopalvelut-2026.valvo-paketti.json`: ASCII, so it survives mail and every disk. */
export const issueFileName = (unitName: string, year: number) =>
  `${unitSlug(unitName)}-${year}${PACKAGE_EXTENSION}`;

/** `hallintopalvelut-2026-palautus.valvo-paketti.json` */
export const returnFileName = (unitName: string, year: number) =>
  `${unitSlug(unitName)}-${year}-palautus${PACKAGE_EXTENSION}`;

export const zipFileName = (year: number) => `valvo-yksikkopaketit-${year}.zip`;

export const unitNameOf = (pkg: UnitPackage) =>
  pkg.units.find((unit) => unit.id === pkg.unitId)?.name ?? '';

/** One file per package; two units of the same name get the unit code or a number added. */
export const packageEntries = (packages: readonly UnitPackage[]) => {
  const used = new Set<string>();
  return packages.map((pkg) => {
    const unit = pkg.units.find((item) => item.id === pkg.unitId);
    let name = issueFileName(unit?.name ?? '', pkg.year);
    if (used.has(name) && unit?.code) name = issueFileName(`${unit.name} ${unit.code}`, pkg.year);
    for (let counter = 2; used.has(name); counter += 1)
      name = issueFileName(`${unit?.name ?? ''} ${counter}`, pkg.year);
    used.add(name);
    return { name, content: serializeUnitPackage(pkg) };
  });
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Several packages as one ZIP holding one file per unit. Compressed file by file, handing the
 * window back between files, so that a city's 2,000 units show progress instead of freezing.
 */
export const zipPackages = async (
  packages: readonly UnitPackage[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Uint8Array<ArrayBuffer>> => {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const entries = packageEntries(packages);
  for (const [index, { name, content }] of entries.entries()) {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(strToU8(content), true);
    onProgress(index + 1, entries.length);
    await nextTask();
  }
  zip.end();
  if (failure) throw failure;
  const zipped = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    zipped.set(chunk, offset);
    offset += chunk.length;
  }
  return zipped;
};

/** Reads a package file completely before anything uses it; every problem names its place. */
export const readPackageText = (text: string, expectKind: UnitPackage['kind']): ParsedUnitPackage =>
  parseUnitPackage(text, { knownSchemaVersion: CURRENT_SCHEMA_VERSION, expectKind });
