import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { CELL_MARGIN, tableWidths } from '../../../shared/exports/table-widths';
import { SINGLE, TEXT_WIDTH } from './docxStyles';

const HEADER_FILL = 'E8EEF4';

const isNumber = (text: string) => /^\d+$/.test(text);

/**
 * A table for the Word exports: columns as wide as their content needs (no word broken), the
 * header row repeated on every page, no row split across pages, numbers to the right.
 */
export const docxTable = (header: readonly string[], rows: readonly (readonly string[])[]) => {
  const { widths, fontSize } = tableWidths(header, rows, TEXT_WIDTH);
  const cell = (text: string, index: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL } } : {}),
      children: [
        new Paragraph({
          alignment: !isHeader && isNumber(text) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          spacing: { before: 0, after: 0, ...SINGLE },
          children: [new TextRun({ text, bold: isHeader, size: fontSize * 2 })],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((text, index) => cell(text, index, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, index) => cell(text, index, false)),
          }),
      ),
    ],
  });
};
