import type { TFunction } from 'i18next';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AuditCommitteeReport, StatusCounts } from '../../../shared/reports/report-model';
import { SUMMARY_COLUMNS } from './reportKeys';

const cell = (text: string, options: { bold?: boolean; right?: boolean } = {}) =>
  new TableCell({
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold ?? false })],
      }),
    ],
  });

const table = (header: string[], rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((text) => cell(text, { bold: true })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((text, index) =>
              cell(text, { right: index > 0 && /^\d+$/.test(text) }),
            ),
          }),
      ),
    ],
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
 * The §115 statement and the summary tables as a Word document: the activity report is put
 * together in Word, so this is what the controller pastes from.
 */
export const statementDocx = async (
  t: TFunction,
  report: AuditCommitteeReport,
  statement: string,
  title: string,
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
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun(t('reports.sections.statement'))],
          }),
          ...statement.split(/\n+/).map((text) => new Paragraph({ children: [new TextRun(text)] })),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun(t('reports.sections.summary'))],
          }),
          table(summaryHeader, summaryRows),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            children: [new TextRun(t('reports.sections.aboveTolerance'))],
          }),
          riskRows.length > 0
            ? table(
                [t('risks.title'), t('reports.columns.unit'), t('reports.columns.level')],
                riskRows,
              )
            : new Paragraph({ children: [new TextRun(t('reports.noneAbove'))] }),
        ],
      },
    ],
  });
  return new Uint8Array(await (await Packer.toBlob(document)).arrayBuffer());
};
