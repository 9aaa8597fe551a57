import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  SEARCH_MAX_LENGTH,
  capSearch,
  foldForSearch,
  matchesAllTerms,
  searchTerms,
  searchTextOf,
} from './register-search';

const finds = (query: string, ...fields: string[]) =>
  matchesAllTerms(searchTextOf(fields), searchTerms(query));

describe('the register search', () => {
  it('ignores case, the Finnish way', () => {
    expect(finds('ÄÄNESTYS', 'äänestysalue')).toBe(true);
    expect(finds('hankinta', 'HANKINTAOHJE')).toBe(true);
  });

  it('keeps ä and ö apart from a and o', () => {
    expect(finds('aani', 'Ääni')).toBe(false);
    expect(finds('oljy', 'Öljy')).toBe(false);
    expect(finds('öljy', 'Öljy')).toBe(true);
  });

  it('finds a decomposed ä as the stored one', () => {
    expect(finds('a\u0308a\u0308ni', 'Ääni')).toBe(true);
  });

  it('looks for regular-expression characters as themselves', () => {
    expect(finds('.*', 'Tavoite')).toBe(false);
    expect(finds('(a+)+$', 'Tavoite')).toBe(false);
    expect(finds('[a-z]', 'Valvonta [a-z] luettelo')).toBe(true);
    expect(finds('hinta?', 'Hinta? Kyllä')).toBe(true);
    expect(finds('\\d', 'Tavoite 1')).toBe(false);
  });

  it('needs every word, in any field and any order', () => {
    expect(finds('ohje koulutus', 'Ohje laadittu', 'Koulutus pidetty')).toBe(true);
    expect(finds('ohje budjetti', 'Ohje laadittu', 'Koulutus pidetty')).toBe(false);
    expect(finds('  koulutus\t ohje ', 'Ohje ja koulutus')).toBe(true);
  });

  it('matches everything when the search is empty or white space', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   \n ')).toEqual([]);
    expect(finds('', 'mitä tahansa')).toBe(true);
  });

  it('cuts a search longer than the limit and says how long it was', () => {
    const long = 'x'.repeat(5_000);
    expect(capSearch(long)).toEqual({
      text: 'x'.repeat(SEARCH_MAX_LENGTH),
      isCut: true,
      length: 5_000,
    });
    expect(capSearch('lyhyt')).toEqual({ text: 'lyhyt', isCut: false, length: 5 });
    expect(searchTerms(long)).toEqual(['x'.repeat(SEARCH_MAX_LENGTH)]);
  });

  it('counts characters, not UTF-16 units, when cutting', () => {
    const emoji = '😀'.repeat(SEARCH_MAX_LENGTH + 1);
    const capped = capSearch(emoji);
    expect(capped.isCut).toBe(true);
    expect(Array.from(capped.text)).toHaveLength(SEARCH_MAX_LENGTH);
  });

  it('finds any piece of a field, whatever characters it holds', () => {
    const alphabet = fc.constantFrom(...'aAäÄöÖåÅzZ .*+?()[]{}|^$\\-'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit: alphabet, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (text, from, length) => {
          const start = from % (text.length + 1);
          const piece = text.slice(start, start + (length % 10));
          expect(finds(piece, 'muuta', text)).toBe(true);
          expect(finds(piece.toLocaleUpperCase('fi'), text)).toBe(true);
        },
      ),
    );
  });

  it('folds text the same way whichever way it came', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
      }),
    );
  });
});
