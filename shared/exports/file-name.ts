/**
 * File names for exports: `valvo-toimenpiteet-2026-hallintopalvelut.csv`. ASCII only, so the
 * name survives every file system, e-mail gateway and the save dialog's own checks.
 */

/** A unit name as a short lowercase slug: "Elinkeino- ja työllisyyspalvelut" → "elinkeino-ja-tyollisyyspalvelut". */
export const slugify = (text: string, maxLength = 40): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');

export const exportFileName = (
  parts: { table: string; year?: number; scope?: string },
  extension: 'csv' | 'xlsx',
): string => {
  const pieces = [
    'valvo',
    slugify(parts.table),
    parts.year?.toString(),
    slugify(parts.scope ?? ''),
  ];
  return `${pieces.filter(Boolean).join('-')}.${extension}`;
};
