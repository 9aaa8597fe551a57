import { z } from 'zod';
import { TEXT_LIMITS, validationMessage } from '../validation';

export const MATRIX_SIZES = [3, 4, 5] as const;
export type MatrixSize = (typeof MATRIX_SIZES)[number];

const label = z
  .string()
  .trim()
  .min(1, validationMessage('validation.required'))
  .max(60, validationMessage('validation.tooLong', { max: 60 }));

export const RiskBandSchema = z.object({
  id: z.string().min(1).max(40),
  name: label,
  /** Screen colour; reports add the band's name, never the colour alone. */
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, validationMessage('validation.invalidColour')),
  /** Lowest score (likelihood × impact) that belongs to this band. */
  minScore: z.number().int().min(1).max(25),
});
export type RiskBand = z.infer<typeof RiskBandSchema>;

/**
 * The organisation's risk matrix. Bands are ordered by minScore, the first starts at 1, and the
 * tolerance names the band from which a risk must be treated.
 */
export const RiskMatrixSchema = z
  .object({
    size: z.union([z.literal(3), z.literal(4), z.literal(5)]),
    likelihoodLabels: z.array(label),
    impactLabels: z.array(label),
    bands: z.array(RiskBandSchema).min(2).max(6),
    toleranceBandId: z.string().min(1),
  })
  .superRefine((matrix, context) => {
    const issue = (path: (string | number)[], message: string) =>
      context.addIssue({ code: 'custom', path, message });
    if (matrix.likelihoodLabels.length !== matrix.size)
      issue(['likelihoodLabels'], validationMessage('risks.matrix.errors.labelCount'));
    if (matrix.impactLabels.length !== matrix.size)
      issue(['impactLabels'], validationMessage('risks.matrix.errors.labelCount'));
    const maxScore = matrix.size * matrix.size;
    matrix.bands.forEach((band, index) => {
      const previous = matrix.bands[index - 1];
      if (index === 0 && band.minScore !== 1)
        issue(['bands', index, 'minScore'], validationMessage('risks.matrix.errors.firstBand'));
      if (previous && band.minScore <= previous.minScore)
        issue(['bands', index, 'minScore'], validationMessage('risks.matrix.errors.bandOrder'));
      if (band.minScore > maxScore)
        issue(
          ['bands', index, 'minScore'],
          validationMessage('risks.matrix.errors.bandAboveMax', { max: maxScore }),
        );
    });
    if (new Set(matrix.bands.map((band) => band.id)).size !== matrix.bands.length)
      issue(['bands'], validationMessage('risks.matrix.errors.duplicateBand'));
    if (!matrix.bands.some((band) => band.id === matrix.toleranceBandId))
      issue(['toleranceBandId'], validationMessage('risks.matrix.errors.toleranceMissing'));
  });
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;

export const RiskCategorySchema = z.object({
  id: z.string().min(1).max(40),
  name: z
    .string()
    .trim()
    .min(1, validationMessage('validation.required'))
    .max(TEXT_LIMITS.name, validationMessage('validation.tooLong', { max: TEXT_LIMITS.name })),
});
export type RiskCategory = z.infer<typeof RiskCategorySchema>;
export const RiskCategoriesSchema = z.array(RiskCategorySchema);
