import type { TFunction } from 'i18next';
import type { Table } from 'docx';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { LanguageCode } from '../../../shared/dates';
import type { UnitGoalOutcomes } from '../../../shared/reports/goal-outcomes';
import { docxTable } from './docxTable';
import { goalLines, groupTitle, outcomeHeaders } from './goalOutcomeTexts';

const heading = (level: 2 | 3 | 4, text: string) =>
  new Paragraph({
    heading:
      level === 2
        ? HeadingLevel.HEADING_2
        : level === 3
          ? HeadingLevel.HEADING_3
          : HeadingLevel.HEADING_4,
    children: [new TextRun(text)],
  });

/**
 * Toiminnallisten tavoitteiden toteutuminen in Word, in the words of the printed pack: per unit
 * and group a heading; per goal its text with the judgement (kept with what follows), then a
 * table of its indicators or its written outcome.
 */
export const goalOutcomesDocx = (
  t: TFunction,
  outcomes: readonly UnitGoalOutcomes[],
  language: LanguageCode,
): (Paragraph | Table)[] => {
  if (outcomes.length === 0) return [];
  const headers = outcomeHeaders(t);
  return [
    heading(2, t('reports.sections.goalOutcomes')),
    // Kept with the first unit's heading, so that the part never starts at a page foot.
    new Paragraph({ keepNext: true, children: [new TextRun(t('reports.goalOutcomes.lead'))] }),
    ...outcomes.flatMap((unit) => [
      heading(3, unit.path.join(' › ')),
      ...unit.groups.flatMap((group) => [
        heading(4, groupTitle(t, group, language)),
        ...group.goals.flatMap((goal) => {
          const lines = goalLines(t, goal, language);
          const verdict = lines.basis ? `${lines.judgement} (${lines.basis})` : lines.judgement;
          return [
            new Paragraph({
              keepNext: true,
              keepLines: true,
              children: [new TextRun({ text: lines.objective, bold: true })],
            }),
            new Paragraph({
              keepNext: lines.indicators.length > 0 || lines.reason !== null,
              children: [new TextRun(`${headers[3]}: ${verdict}`)],
            }),
            ...(lines.reason
              ? [
                  new Paragraph({
                    keepNext: lines.indicators.length > 0,
                    children: [new TextRun(lines.reason)],
                  }),
                ]
              : []),
            ...(lines.indicators.length > 0
              ? [
                  // The goal is the paragraph above, so the first column holds indicators only.
                  docxTable(
                    [t('reports.goalOutcomes.columns.indicator'), ...headers.slice(1)],
                    lines.indicators.map((line) => [
                      line.text,
                      line.target,
                      line.actual,
                      line.judgement,
                    ]),
                  ),
                ]
              : []),
            ...(lines.outcome ? [new Paragraph({ children: [new TextRun(lines.outcome)] })] : []),
          ];
        }),
      ]),
    ]),
  ];
};
