import type { MatrixSize, RiskBand, RiskMatrix } from './domain/risk-matrix';

/** The level of a score: the band with the highest threshold the score reaches. */
export const bandForScore = (matrix: RiskMatrix, score: number): RiskBand => {
  let found = matrix.bands[0];
  for (const candidate of matrix.bands) if (score >= candidate.minScore) found = candidate;
  if (!found) throw new Error('A risk matrix needs at least one band');
  return found;
};

export const bandIndex = (matrix: RiskMatrix, bandId: string): number => matrix.bands.findIndex((band) => band.id === bandId);

/** Whether a band lies at or above the organisation's tolerance (the risk must be treated). */
export const isAboveTolerance = (matrix: RiskMatrix, band: RiskBand, toleranceBandId = matrix.toleranceBandId): boolean =>
  bandIndex(matrix, band.id) >= bandIndex(matrix, toleranceBandId);

/**
 * Maps a value on a scale of `from` steps to a scale of `to` steps, keeping both ends fixed and
 * the order of values (so no assessment moves past another). Halves round up.
 */
export const rescaleValue = (value: number, from: MatrixSize, to: MatrixSize): number => {
  if (from === to) return value;
  return 1 + Math.floor(((value - 1) * (to - 1)) / (from - 1) + 0.5);
};

export type ScaledValues = { likelihood: number; impact: number; score: number; isRescaled: boolean };

/** An assessment's values on the current matrix; `isRescaled` says it was made on another scale. */
export const onMatrix = (
  assessment: { likelihood: number; impact: number; scale: MatrixSize },
  matrix: RiskMatrix,
): ScaledValues => {
  const likelihood = rescaleValue(assessment.likelihood, assessment.scale, matrix.size);
  const impact = rescaleValue(assessment.impact, assessment.scale, matrix.size);
  return { likelihood, impact, score: likelihood * impact, isRescaled: assessment.scale !== matrix.size };
};
