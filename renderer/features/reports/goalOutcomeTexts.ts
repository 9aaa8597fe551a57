import type { TFunction } from 'i18next';
import type { LanguageCode } from '../../../shared/dates';
import { formatDate } from '../../../shared/dates';
import { labelsOf } from '../../../shared/domain/table-kind';
import type {
  GoalOutcome,
  GoalOutcomeGroup,
  IndicatorOutcome,
} from '../../../shared/reports/goal-outcomes';
import { showIndicatorValue } from '../goals';

export type IndicatorLine = {
  id: string;
  text: string;
  target: string;
  actual: string;
  judgement: string;
};

export type GoalLines = {
  id: string;
  objective: string;
  /** The goal's judgement in words, and where it comes from. */
  judgement: string;
  basis: string;
  /** A person's reason for judging the goal otherwise than the rule, with who did. */
  reason: string | null;
  indicators: IndicatorLine[];
  /** The written outcome, for a goal without a measurable indicator; null otherwise. */
  outcome: string | null;
};

/** The column headings of the goals' table, in order: the goals and their indicators first. */
export const outcomeHeaders = (t: TFunction) =>
  [
    t('reports.goalOutcomes.columns.goalAndIndicators'),
    t('reports.goalOutcomes.columns.target'),
    t('reports.goalOutcomes.columns.actual'),
    t('reports.goalOutcomes.columns.judgement'),
  ] as const;

/** A group's heading: the table kind, and the strategy priority the goals sit under. */
export const groupTitle = (t: TFunction, group: GoalOutcomeGroup, language: LanguageCode) => {
  const kind = labelsOf(group.kind, language).name;
  if (!group.kind.usesPriorities) return kind;
  const priority = group.priority?.name ?? t('goals.noPriority');
  return t('reports.goalOutcomes.group', { kind, priority });
};

const indicatorLine = (
  t: TFunction,
  { indicator, actual }: IndicatorOutcome,
  language: LanguageCode,
): IndicatorLine => ({
  id: indicator.id,
  text: indicator.text,
  target:
    indicator.target === null
      ? t('reports.goalOutcomes.noTarget')
      : showIndicatorValue(indicator, indicator.target, language, t),
  actual: actual
    ? t('reports.goalOutcomes.actualOn', {
        value: showIndicatorValue(indicator, actual.value, language, t),
        date: formatDate(actual.date, language),
      })
    : t('goals.noActual'),
  judgement: indicator.judgement
    ? t(`goals.judgements.${indicator.judgement}`)
    : t('goals.notJudgedOption'),
});

const basisOf = (t: TFunction, goal: GoalOutcome, language: LanguageCode) => {
  const count = goal.indicators.length;
  if (goal.override)
    return goal.byRule
      ? t('reports.goalOutcomes.basis.overrideRule', {
          rule: t(`goals.judgements.${goal.byRule}`).toLocaleLowerCase(language),
        })
      : t('reports.goalOutcomes.basis.override');
  if (goal.basis === 'rule')
    return t('reports.goalOutcomes.basis.rule', { met: goal.indicatorsMet, count });
  if (goal.basis === 'outcome') return t('reports.goalOutcomes.basis.outcome');
  if (goal.measurable) {
    const judged = goal.indicators.filter((item) => item.indicator.judgement !== null).length;
    return t('goals.pending', { judged, count });
  }
  // Nothing to add: the outcome line says it is not yet written.
  return '';
};

/** A goal as the activity report writes it: the same words in print and in Word. */
export const goalLines = (t: TFunction, goal: GoalOutcome, language: LanguageCode): GoalLines => ({
  id: goal.row.id,
  objective: goal.row.objective,
  judgement: goal.judgement ? t(`goals.judgements.${goal.judgement}`) : t('goals.notJudgedOption'),
  basis: basisOf(t, goal, language),
  reason: goal.override
    ? t('reports.goalOutcomes.basis.reason', { reason: goal.override.reason, by: goal.override.by })
    : null,
  indicators: goal.indicators.map((item) => indicatorLine(t, item, language)),
  outcome: goal.measurable
    ? null
    : goal.outcome
      ? t('reports.goalOutcomes.outcome', { text: goal.outcome })
      : t('reports.goalOutcomes.noOutcome'),
});
