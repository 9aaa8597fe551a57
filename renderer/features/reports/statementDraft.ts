import type { TFunction } from 'i18next';
import type { StatementFigures } from '../../../shared/reports/report-model';
import { formatPercent } from '../../i18n/locale';

/** The §115 paragraph drafted from the figures, in the UI language, for the controller to edit. */
export const statementDraft = (
  t: TFunction,
  figures: StatementFigures,
  language: string,
): string => {
  const open = figures.not_started + figures.in_progress;
  const sentences = [
    t('reports.statementText.intro', {
      scope: figures.scopeName,
      year: figures.year,
      planned: figures.planned,
    }),
    t('reports.statementText.outcome', {
      done: figures.done,
      partly: figures.partly_done,
      notDone: figures.not_done,
      postponed: figures.postponed,
      cancelled: figures.cancelled,
      open,
    }),
  ];
  if (figures.goals)
    sentences.push(
      t('reports.statementText.goals', {
        goals: figures.goals.goals,
        met: figures.goals.met,
        partly: figures.goals.partlyMet,
        notMet: figures.goals.notMet,
        share:
          figures.goals.indicators === 0
            ? '–'
            : formatPercent(figures.goals.indicatorsMet / figures.goals.indicators, language),
      }),
    );
  if (figures.overdue > 0)
    sentences.push(t('reports.statementText.overdue', { count: figures.overdue }));
  if (figures.withoutOutcome > 0)
    sentences.push(t('reports.statementText.withoutOutcome', { count: figures.withoutOutcome }));
  sentences.push(
    t('reports.statementText.risks', {
      count: figures.riskCount,
      assessed: figures.assessedRisks,
      above: figures.aboveTolerance,
    }),
  );
  if (figures.topRisks.length > 0)
    sentences.push(t('reports.statementText.topRisks', { list: figures.topRisks.join('; ') }));
  const needsAttention = figures.overdue > 0 || figures.aboveTolerance > 0 || figures.not_done > 0;
  sentences.push(
    t(
      needsAttention
        ? 'reports.statementText.conclusionAttention'
        : 'reports.statementText.conclusionGood',
    ),
  );
  return sentences.join(' ');
};
