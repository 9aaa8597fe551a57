import type { IsoDate } from './dates';
import type { RiskBand, RiskMatrix } from './domain/risk-matrix';
import type { Assessment, Risk } from './domain/risk';
import type { ScaledValues } from './scoring';
import { bandForScore, isAboveTolerance, onMatrix } from './scoring';

export type AssessmentKind = Assessment['kind'];
export const TRENDS = ['up', 'down', 'same'] as const;
export type Trend = (typeof TRENDS)[number];
type Assessed = Pick<Assessment, 'date' | 'createdAt' | 'likelihood' | 'impact' | 'scale' | 'kind' | 'deletedAt'>;

/** Newest first: by assessment date, then by when it was recorded. */
const newestFirst = (a: Assessed, b: Assessed) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** A risk's assessments of one kind, newest first, soft-deleted ones left out. */
export const historyOf = <A extends Assessed>(assessments: readonly A[], kind: AssessmentKind): A[] =>
  assessments.filter((item) => item.kind === kind && item.deletedAt === null).sort(newestFirst);

export type RiskLevel = ScaledValues & { band: RiskBand; trend: Trend | null; date: IsoDate };

/**
 * The current level of a risk for one kind: its latest assessment on today's matrix, and the
 * trend against the assessment before it (null when there is none).
 */
export const currentLevel = (assessments: readonly Assessed[], kind: AssessmentKind, matrix: RiskMatrix): RiskLevel | null => {
  const [latest, previous] = historyOf(assessments, kind);
  if (!latest) return null;
  const values = onMatrix(latest, matrix);
  const before = previous ? onMatrix(previous, matrix).score : null;
  const trend: Trend | null = before === null ? null : values.score > before ? 'up' : values.score < before ? 'down' : 'same';
  return { ...values, band: bandForScore(matrix, values.score), trend, date: latest.date };
};

export const exceedsTolerance = (risk: Pick<Risk, 'toleranceOverride'>, level: RiskLevel, matrix: RiskMatrix): boolean =>
  isAboveTolerance(matrix, level.band, risk.toleranceOverride ?? matrix.toleranceBandId);

export const REVIEW_REASONS = ['notAssessed', 'reviewDue'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/**
 * Why an open risk needs assessing now: it has never been assessed, or its review date has
 * come (today included). Closed risks never do.
 */
export const reviewReason = (
  risk: Pick<Risk, 'status' | 'reviewDate'>,
  assessments: readonly Assessed[],
  today: IsoDate,
): ReviewReason | null => {
  if (risk.status === 'closed') return null;
  if (!assessments.some((item) => item.deletedAt === null)) return 'notAssessed';
  if (risk.reviewDate !== null && risk.reviewDate <= today) return 'reviewDue';
  return null;
};

export type HeatMapCell = { likelihood: number; impact: number; score: number; band: RiskBand; riskIds: string[] };

/**
 * The risk map: one cell per likelihood × impact on the current matrix, each with the risks
 * whose current level of `kind` falls in it. Rows run from the highest likelihood down, as the
 * map is printed; risks without an assessment of that kind are not placed.
 */
export const heatMapCells = (
  risks: readonly Pick<Risk, 'id' | 'deletedAt'>[],
  assessmentsByRisk: ReadonlyMap<string, readonly Assessed[]>,
  matrix: RiskMatrix,
  kind: AssessmentKind,
): HeatMapCell[][] => {
  const rows: HeatMapCell[][] = [];
  for (let likelihood = matrix.size; likelihood >= 1; likelihood -= 1) {
    const row: HeatMapCell[] = [];
    for (let impact = 1; impact <= matrix.size; impact += 1) {
      const score = likelihood * impact;
      row.push({ likelihood, impact, score, band: bandForScore(matrix, score), riskIds: [] });
    }
    rows.push(row);
  }
  for (const risk of risks) {
    if (risk.deletedAt !== null) continue;
    const level = currentLevel(assessmentsByRisk.get(risk.id) ?? [], kind, matrix);
    if (!level) continue;
    rows[matrix.size - level.likelihood]?.[level.impact - 1]?.riskIds.push(risk.id);
  }
  return rows;
};
