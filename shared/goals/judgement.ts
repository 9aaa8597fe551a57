import type {
  Indicator,
  IndicatorReading,
  Judgement,
  JudgementOverride,
} from '../domain/indicator';
import { JUDGEMENTS, MEASURABLE_TYPES, NUMERIC_TYPES } from '../domain/indicator';

type Measured = Pick<Indicator, 'type' | 'baseline' | 'target' | 'higherIsBetter' | 'values'>;

/** The newest actual value: by the date it describes, then by when it was entered. */
export const latestReading = (values: readonly IndicatorReading[]): IndicatorReading | null =>
  values.reduce<IndicatorReading | null>(
    (latest, reading) =>
      latest === null ||
      reading.date > latest.date ||
      (reading.date === latest.date && reading.at > latest.at)
        ? reading
        : latest,
    null,
  );

/**
 * What the newest actual value says against the target: met when it reaches the target; for
 * figures, partly met when it moved from the baseline towards the target; otherwise not met.
 * Null where there is nothing to compare (a text, no target or no actual value yet).
 */
export const suggestJudgement = (indicator: Measured): Judgement | null => {
  const actual = latestReading(indicator.values)?.value;
  if (actual === undefined || !MEASURABLE_TYPES.includes(indicator.type)) return null;
  if (indicator.type === 'yesNo') {
    const wanted = typeof indicator.target === 'boolean' ? indicator.target : true;
    return actual === wanted ? 'met' : 'notMet';
  }
  const { target, baseline } = indicator;
  if (indicator.type === 'date') {
    if (typeof target !== 'string' || typeof actual !== 'string') return null;
    return actual <= target ? 'met' : 'notMet';
  }
  if (!NUMERIC_TYPES.includes(indicator.type) || typeof target !== 'number') return null;
  if (typeof actual !== 'number') return null;
  const better = (a: number, b: number) => (indicator.higherIsBetter === false ? a < b : a > b);
  if (actual === target || better(actual, target)) return 'met';
  if (typeof baseline === 'number' && better(actual, baseline)) return 'partlyMet';
  return 'notMet';
};

export type JudgementCounts = Record<Judgement | 'pending', number>;

export type RowJudgement = {
  /** By the rule; null while the row has no indicator or one is not judged yet. */
  derived: Judgement | null;
  /** How many of the row's indicators have each judgement: the rule's reason. */
  counts: JudgementCounts;
  /** What the row counts as: the person's override if there is one, else the rule's. */
  effective: Judgement | null;
  overridden: boolean;
};

export const countJudgements = (
  indicators: readonly Pick<Indicator, 'judgement'>[],
): JudgementCounts => {
  const counts: JudgementCounts = { met: 0, partlyMet: 0, notMet: 0, notAssessable: 0, pending: 0 };
  for (const indicator of indicators) counts[indicator.judgement ?? 'pending'] += 1;
  return counts;
};

/**
 * A goal is met only when all its indicators are met. None assessable: not assessable; none met
 * or partly met: not met; anything between: partly met. Undecided while an indicator is unjudged.
 */
export const ruleJudgement = (counts: JudgementCounts): Judgement | null => {
  const total = JUDGEMENTS.reduce((sum, judgement) => sum + counts[judgement], 0) + counts.pending;
  if (total === 0 || counts.pending > 0) return null;
  if (counts.met === total) return 'met';
  if (counts.notAssessable === total) return 'notAssessable';
  if (counts.met === 0 && counts.partlyMet === 0) return 'notMet';
  return 'partlyMet';
};

export const judgeRow = (
  indicators: readonly Pick<Indicator, 'judgement'>[],
  override: JudgementOverride | null,
): RowJudgement => {
  const counts = countJudgements(indicators);
  const derived = ruleJudgement(counts);
  return {
    derived,
    counts,
    effective: override ? override.judgement : derived,
    overridden: override !== null,
  };
};

/** A row whose indicators are all texts keeps the written outcome instead of the rule. */
export const isMeasurableRow = (indicators: readonly Pick<Indicator, 'type'>[]) =>
  indicators.some((indicator) => indicator.type !== 'text');
