import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, widestLine, widestPiece, wrappedLines } from './text-width';

const texts = fc.string({ unit: fc.constantFrom(...'aäöitmW -/\n0.,Kl'.split('')), maxLength: 80 });

describe('text width without a font', () => {
  it('counts a digit as at least the digit width, narrow letters narrower and bold wider', () => {
    expect(textWidth('0123456789')).toBeGreaterThanOrEqual(10);
    expect(textWidth('iiii')).toBeLessThan(textWidth('aaaa'));
    expect(textWidth('ää')).toBe(textWidth('aa'));
    expect(textWidth('ööö')).toBeGreaterThanOrEqual(textWidth('ooo'));
    expect(textWidth('Myöhässä', true)).toBeGreaterThan(textWidth('Myöhässä'));
  });

  it('breaks a line only at spaces and after a hyphen or slash inside a word', () => {
    expect(widestPiece('Konserni- ja elinvoimapalvelut')).toBe(textWidth('elinvoimapalvelut'));
    expect(widestPiece('koulutusta/ohjausta')).toBe(textWidth('koulutusta/'));
    expect(widestPiece('Hallintopalvelut')).toBe(textWidth('Hallintopalvelut'));
    expect(widestLine('Ensimmäinen rivi\nToinen')).toBe(textWidth('Ensimmäinen rivi'));
  });

  it('wraps greedily: a line per paragraph when it fits, a word wider than the line on lines of its own', () => {
    expect(wrappedLines('Suunnitelma laadittu', 40)).toBe(1);
    expect(wrappedLines('Suunnitelma laadittu', textWidth('Suunnitelma') + 1)).toBe(2);
    expect(wrappedLines('Yksi\nKaksi\n\nNeljä', 40)).toBe(4);
    const word = 'Riskienarviointityökalun';
    expect(wrappedLines(word, textWidth(word) / 3)).toBe(3);
  });

  it('never gives fewer lines to a narrower column, nor less than one line a paragraph', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 2, max: 40 }), (text, width) => {
        const lines = wrappedLines(text, width);
        expect(lines).toBeGreaterThanOrEqual(text.split('\n').length);
        expect(wrappedLines(text, width + 5)).toBeLessThanOrEqual(lines);
        if (width >= widestLine(text)) expect(lines).toBe(text.split('\n').length);
        expect(widestPiece(text)).toBeLessThanOrEqual(widestLine(text));
      }),
    );
  });
});
