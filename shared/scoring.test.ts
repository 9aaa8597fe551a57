import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatrixSize } from './domain/risk-matrix';
import { RiskMatrixSchema } from './domain/risk-matrix';
import { presetMatrix } from './risk-presets';
import { bandForScore, bandIndex, isAboveTolerance, onMatrix, rescaleValue } from './scoring';

const sizes = fc.constantFrom<MatrixSize>(3, 4, 5);

describe('the preset matrices', () => {
  it.each([3, 4, 5] as const)('%i×%i is valid and ordered', (size) => {
    expect(RiskMatrixSchema.safeParse(presetMatrix(size)).success).toBe(true);
  });
});

describe('levels', () => {
  it('maps every cell of every preset to exactly one band', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(), (size, l, i) => {
        const matrix = presetMatrix(size);
        const likelihood = (l % size) + 1;
        const impact = (i % size) + 1;
        const score = likelihood * impact;
        const matching = matrix.bands.filter(
          (band, index) => score >= band.minScore && score < (matrix.bands[index + 1]?.minScore ?? Infinity),
        );
        expect(matching).toEqual([bandForScore(matrix, score)]);
      }),
    );
  });

  it('never falls when likelihood or impact rises', () => {
    fc.assert(
      fc.property(sizes, fc.nat(), fc.nat(), fc.boolean(), (size, l, i, raiseLikelihood) => {
        const matrix = presetMatrix(size);
        const likelihood = (l % size) + 1;
        const impact = (i % size) + 1;
        const next = raiseLikelihood
          ? { likelihood: Math.min(size, likelihood + 1), impact }
          : { likelihood, impact: Math.min(size, impact + 1) };
        const before = bandIndex(matrix, bandForScore(matrix, likelihood * impact).id);
        const after = bandIndex(matrix, bandForScore(matrix, next.likelihood * next.impact).id);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('puts the corners in the lowest and highest bands and compares with the tolerance', () => {
    const matrix = presetMatrix(5);
    expect(bandForScore(matrix, 1).name).toBe('Vähäinen');
    expect(bandForScore(matrix, 25).name).toBe('Kriittinen');
    expect(isAboveTolerance(matrix, bandForScore(matrix, 12))).toBe(true);
    expect(isAboveTolerance(matrix, bandForScore(matrix, 6))).toBe(false);
    expect(isAboveTolerance(matrix, bandForScore(matrix, 6), 'moderate')).toBe(true);
  });
});

describe('rescaling between matrix sizes', () => {
  it('keeps the ends, stays on the scale and keeps the order of values', () => {
    fc.assert(
      fc.property(sizes, sizes, fc.nat(), fc.nat(), (from, to, a, b) => {
        const x = (a % from) + 1;
        const y = (b % from) + 1;
        expect(rescaleValue(1, from, to)).toBe(1);
        expect(rescaleValue(from, from, to)).toBe(to);
        expect(rescaleValue(x, from, to)).toBeGreaterThanOrEqual(1);
        expect(rescaleValue(x, from, to)).toBeLessThanOrEqual(to);
        if (x <= y) expect(rescaleValue(x, from, to)).toBeLessThanOrEqual(rescaleValue(y, from, to));
      }),
    );
  });

  it('returns values unchanged on the same scale and flags a rescaled assessment', () => {
    expect(onMatrix({ likelihood: 4, impact: 2, scale: 5 }, presetMatrix(5))).toEqual({ likelihood: 4, impact: 2, score: 8, isRescaled: false });
    expect(onMatrix({ likelihood: 3, impact: 2, scale: 5 }, presetMatrix(3))).toEqual({ likelihood: 2, impact: 2, score: 4, isRescaled: true });
    expect([1, 2, 3, 4, 5].map((value) => rescaleValue(value, 5, 3))).toEqual([1, 2, 2, 3, 3]);
    expect([1, 2, 3].map((value) => rescaleValue(value, 3, 5))).toEqual([1, 3, 5]);
  });
});
