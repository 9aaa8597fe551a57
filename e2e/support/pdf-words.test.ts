import { describe, expect, it } from 'vitest';
import { brokenWords, joinedWords, wordsOf } from './pdf-words';

/** The print checker's reading of line ends, on words as pdftotext gives them. */
describe('brokenWords', () => {
  const source = wordsOf([
    'Yhdistetään viestintäverkostoja ja -kanavia',
    'Destination Kemijärvi - kansainvälisen matkailun kehittämishanke',
    'tilaisuuksien määrää (väh. 3–5 kpl)',
    'Konserni- ja elinvoimapalvelut',
    'Hallintopalvelut',
  ]);

  it('finds a word broken in the middle without a hyphen', () => {
    expect(brokenWords(['Hallintopa', 'lvelut'], source)).toEqual(['Hallintopa', 'lvelut']);
  });

  it('keeps a word broken after its hyphen or en dash whole', () => {
    expect(brokenWords(['ja', '-', 'kanavia'], source)).toEqual([]);
    expect(brokenWords(['(väh.', '3–', '5', 'kpl)'], source)).toEqual([]);
    expect(joinedWords(['(väh.', '3–', '5'], source).has('3–5')).toBe(true);
  });

  it('keeps a lone dash and a suspended compound, each before a word of its own', () => {
    expect(brokenWords(['Kemijärvi', '-', 'kansainvälisen'], source)).toEqual([]);
    expect(brokenWords(['Konserni-', 'ja', 'elinvoimapalvelut'], source)).toEqual([]);
  });

  it('does not take a dash for a break inside a word it does not make', () => {
    expect(brokenWords(['3–', '6'], source)).toEqual(['3–', '6']);
  });
});
