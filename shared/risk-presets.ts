import type { MatrixSize, RiskBand, RiskCategory, RiskMatrix } from './domain/risk-matrix';

/** Finnish axis labels per scale length, from least to most. */
const LIKELIHOOD_LABELS: Record<MatrixSize, string[]> = {
  3: ['Epätodennäköinen', 'Mahdollinen', 'Todennäköinen'],
  4: ['Epätodennäköinen', 'Mahdollinen', 'Todennäköinen', 'Lähes varma'],
  5: ['Hyvin epätodennäköinen', 'Epätodennäköinen', 'Mahdollinen', 'Todennäköinen', 'Lähes varma'],
};

const IMPACT_LABELS: Record<MatrixSize, string[]> = {
  3: ['Vähäinen', 'Merkittävä', 'Vakava'],
  4: ['Vähäinen', 'Kohtalainen', 'Vakava', 'Erittäin vakava'],
  5: ['Vähäinen', 'Kohtalainen', 'Merkittävä', 'Vakava', 'Erittäin vakava'],
};

const band = (id: string, name: string, colour: string, minScore: number): RiskBand => ({ id, name, colour, minScore });

/** Level bands by score; the thresholds keep the same share of the grid in each size. */
const BANDS: Record<MatrixSize, RiskBand[]> = {
  3: [band('low', 'Vähäinen', '#2e7d32', 1), band('moderate', 'Kohtalainen', '#f9a825', 3), band('significant', 'Merkittävä', '#ef6c00', 4), band('critical', 'Kriittinen', '#c62828', 6)],
  4: [band('low', 'Vähäinen', '#2e7d32', 1), band('moderate', 'Kohtalainen', '#f9a825', 4), band('significant', 'Merkittävä', '#ef6c00', 6), band('critical', 'Kriittinen', '#c62828', 12)],
  5: [band('low', 'Vähäinen', '#2e7d32', 1), band('moderate', 'Kohtalainen', '#f9a825', 5), band('significant', 'Merkittävä', '#ef6c00', 10), band('critical', 'Kriittinen', '#c62828', 16)],
};

export const presetMatrix = (size: MatrixSize): RiskMatrix => ({
  size,
  likelihoodLabels: [...LIKELIHOOD_LABELS[size]],
  impactLabels: [...IMPACT_LABELS[size]],
  bands: BANDS[size].map((item) => ({ ...item })),
  toleranceBandId: 'significant',
});

export const DEFAULT_MATRIX = presetMatrix(5);

export const PRESET_CATEGORIES: RiskCategory[] = [
  { id: 'strategic', name: 'Strateginen' },
  { id: 'financial', name: 'Taloudellinen' },
  { id: 'operational', name: 'Toiminnallinen' },
  { id: 'hazard', name: 'Vahinkoriski' },
  { id: 'compliance', name: 'Lainsäädäntö' },
  { id: 'reputation', name: 'Maine' },
];
