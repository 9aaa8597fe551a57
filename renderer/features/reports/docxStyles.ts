import type { IStylesOptions } from 'docx';
import { LineRuleType } from 'docx';
import type { LanguageCode } from '../../../shared/dates';

/**
 * The look of the Word exports: Calibri, paragraph spacing, Word's own heading styles (their
 * outline levels are what the navigation pane and a table of contents read) and the document's
 * language, so that Word and LibreOffice check the spelling in the language it is written in.
 */

/** The language tag Word and LibreOffice pick a spelling dictionary by. */
export const DOCX_LANGUAGES: Record<LanguageCode, string> = {
  fi: 'fi-FI',
  sv: 'sv-SE',
  en: 'en-GB',
};

/** A4 portrait with 2 cm margins, in twips. */
export const PAGE = { width: 11_906, height: 16_838, margin: 1_134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = 'Calibri';
const HEADING_COLOUR = '1F3864';

/** Points in docx's units: sizes in half-points, spacing in twips. */
const halfPoints = (points: number) => points * 2;
const twips = (points: number) => points * 20;

/**
 * Line spacing in 240ths of a line; the rule is written out, as LibreOffice reads a spacing
 * without one as an exact height in twips.
 */
export const SINGLE = { line: 240, lineRule: LineRuleType.AUTO } as const;

const heading = (size: number, outlineLevel: number, before: number) => ({
  run: { font: FONT, size: halfPoints(size), bold: true, color: HEADING_COLOUR },
  paragraph: {
    outlineLevel,
    keepNext: true,
    keepLines: true,
    spacing: { before: twips(before), after: twips(6), ...SINGLE },
  },
});

export const docxStyles = (language: LanguageCode): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: halfPoints(11), language: { value: DOCX_LANGUAGES[language] } },
      // 6 pt after each paragraph and lines at 1.15, as Word's own default.
      paragraph: { spacing: { after: twips(6), line: 276, lineRule: LineRuleType.AUTO } },
    },
    heading1: heading(16, 0, 0),
    heading2: heading(13, 1, 14),
    heading3: heading(11.5, 2, 12),
    heading4: heading(11, 3, 8),
  },
});
