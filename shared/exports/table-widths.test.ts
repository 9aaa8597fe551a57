import { describe, expect, it } from 'vitest';
import { tableWidths } from './table-widths';
import { widestPiece } from './text-width';

/** A4 with 2 cm margins, in twips. */
const ROOM = 11_906 - 2 * 1_134;

const SUMMARY_HEADERS = {
  fi: [
    'Yksikkö',
    'Suunniteltu',
    'Toteutunut',
    'Osittain',
    'Ei toteutunut',
    'Siirtynyt',
    'Myöhässä',
  ],
  sv: ['Enhet', 'Planerade', 'Genomförda', 'Delvis', 'Inte genomförda', 'Flyttade', 'Försenade'],
  en: ['Unit', 'Planned', 'Implemented', 'Partly', 'Not implemented', 'Carried over', 'Overdue'],
};
const UNITS = [
  'Konserni- ja elinvoimapalvelut',
  'Hallintopalvelut',
  'Viestintä ja markkinointi',
  'Elinkeino- ja työllisyyspalvelut',
  'Ystävyyskaupunkitoiminta',
];
const summaryRows = UNITS.map((unit) => [unit, '120', '14', '3', '0', '2', '11']);

/** Twips a text of `digits` needs at `size` pt in the widest font, without the cell margins. */
const twips = (digits: number, size: number) => digits * 0.64 * size * 20;

describe('Word table widths from content', () => {
  it.each(Object.entries(SUMMARY_HEADERS))(
    'fits the summary table on the page in %s with no word narrower than its column',
    (_, header) => {
      const { widths, fontSize } = tableWidths(header, summaryRows, ROOM);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(ROOM);
      expect(fontSize).toBeGreaterThanOrEqual(8);
      // The example's four units leave room for 9 pt.
      expect(tableWidths(header, summaryRows.slice(0, 4), ROOM).fontSize).toBeGreaterThanOrEqual(9);
      header.forEach((title, index) => {
        const words = [
          widestPiece(title, true),
          ...summaryRows.map((row) => widestPiece(row[index]!)),
        ];
        expect(widths[index]!, title).toBeGreaterThan(twips(Math.max(...words), fontSize));
      });
    },
  );

  it('gives the room left over to the text columns, not to the figures', () => {
    const { widths } = tableWidths(['Yksikkö', 'Määrä'], [['Hallintopalvelut', '2']], ROOM);
    expect(widths[0]! + widths[1]!).toBeGreaterThan(ROOM - 2);
    expect(widths[1]).toBeLessThan(twips(8, 10));
  });

  it('narrows the widest text columns first when the texts do not fit on one line', () => {
    const long = 'Väestön ikääntyminen ja työikäisten väheneminen heikentävät elinvoimaa '.repeat(
      3,
    );
    const { widths, fontSize } = tableWidths(
      ['Riski', 'Yksikkö', 'Taso'],
      [[long, 'Elinkeino- ja työllisyyspalvelut', 'Kriittinen (4 × 4 = 16)']],
      ROOM,
    );
    expect(fontSize).toBe(10);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(ROOM);
    expect(widths[0]).toBeGreaterThan(widths[2]!);
  });

  it('sets the table in smaller type before it breaks a word', () => {
    const header = ['Yksikkö', ...Array.from({ length: 8 }, () => 'Toteutumattomat')];
    const { widths, fontSize } = tableWidths(
      header,
      [['Hallintopalvelut', ...header.slice(1)]],
      ROOM,
    );
    expect(fontSize).toBeLessThan(10);
    expect(widths[1]).toBeGreaterThan(twips(widestPiece('Toteutumattomat', true), fontSize));
  });
});
