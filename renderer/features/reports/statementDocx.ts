import type { TFunction } from 'i18next';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { LanguageCode } from '../../../shared/dates';
import type { AuditCommitteeReport } from '../../../shared/reports/report-model';
import type { StatusCounts } from '../../../shared/reports/report-rows';
import { docxStyles, PAGE } from './docxStyles';
import { docxTable } from './docxTable';
import { goalOutcomesDocx } from './goalOutcomesDocx';
import { SUMMARY_COLUMNS } from './reportKeys';

const heading = (level: 1 | 2, text: string) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });

const figures = (counts: StatusCounts) =>
  [
    counts.planned,
    counts.done,
    counts.partly_done,
    counts.not_done,
    counts.postponed,
    counts.overdue,
  ].map(String);

/**
 * The §115 statement, the summary tables and each unit's goal outcomes as a Word document: the
 * activity report is put together in Word, so this is what the controller pastes from. Written in the UI's language,
 * which is also the document's language for spell-checking.
 */
export const statementDocx = async (
  t: TFunction,
  report: AuditCommitteeReport,
  statement: string,
  title: string,
  language: LanguageCode,
): Promise<Uint8Array<ArrayBuffer>> => {
  const summaryHeader = SUMMARY_COLUMNS.map((key) => t(`reports.columns.${key}`));
  const lines = report.summary.some((line) => line.depth > 0)
    ? report.summary.filter((line) => line.depth > 0)
    : report.summary;
  const summaryRows = [
    ...lines.map((line) => [line.unit.name, ...figures(line.counts)]),
    [t('reports.total'), ...figures(report.totals)],
  ];
  const riskRows = report.risksAboveTolerance.map((risk) => {
    const level = risk.residual ?? risk.inherent;
    return [
      risk.title,
      risk.unitName,
      level
        ? t('risks.levelText', {
            band: level.band.name,
            likelihood: level.likelihood,
            impact: level.impact,
            score: level.score,
          })
        : '',
    ];
  });
  const document = new Document({
    creator: 'Valvo',
    title,
    styles: docxStyles(language),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        children: [
          heading(1, title),
          heading(2, t('reports.sections.statement')),
          ...statement.split(/\n+/).map((text) => new Paragraph({ children: [new TextRun(text)] })),
          heading(2, t('reports.sections.summary')),
          docxTable(summaryHeader, summaryRows),
          heading(2, t('reports.sections.aboveTolerance')),
          riskRows.length > 0
            ? docxTable(
                [t('risks.title'), t('reports.columns.unit'), t('reports.columns.level')],
                riskRows,
              )
            : new Paragraph({ children: [new TextRun(t('reports.noneAbove'))] }),
          ...goalOutcomesDocx(t, report.goalOutcomes, language),
        ],
      },
    ],
  });
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
};
