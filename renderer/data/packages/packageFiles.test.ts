import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { UnitPackage } from '../../../shared/packages/format';
import { packageEntries, returnFileName, zipPackages } from './packageFiles';

const packageOf = (unitId: string, name: string, code = ''): UnitPackage =>
  ({
    unitId,
    year: 2026,
    units: [{ id: unitId, name, code }],
  }) as unknown as UnitPackage;

describe('unit package files', () => {
  it('names files in ASCII after the unit and year, the return with "palautus"', () => {
    expect(packageEntries([packageOf('a', 'Elinkeino- ja työllisyyspalvelut')])[0]!.name).toBe(
      'elinkeino-ja-tyollisyyspalvelut-2026.valvo-paketti.json',
    );
    expect(returnFileName('Viestintä ja markkinointi', 2026)).toBe(
      'viestinta-ja-markkinointi-2026-palautus.valvo-paketti.json',
    );
  });

  it('gives units of the same name files of their own in the ZIP', async () => {
    const packages = [
      packageOf('a', 'Hallinto'),
      packageOf('b', 'Hallinto', 'H2'),
      packageOf('c', 'Hallinto'),
    ];
    const progress: number[] = [];
    const files = unzipSync(await zipPackages(packages, (done) => progress.push(done)));
    expect(Object.keys(files)).toEqual([
      'hallinto-2026.valvo-paketti.json',
      'hallinto-h2-2026.valvo-paketti.json',
      'hallinto-2-2026.valvo-paketti.json',
    ]);
    expect(JSON.parse(strFromU8(files['hallinto-h2-2026.valvo-paketti.json']!))).toMatchObject({
      unitId: 'b',
    });
    expect(progress).toEqual([1, 2, 3]);
  });
});
