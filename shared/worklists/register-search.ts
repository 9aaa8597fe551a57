/**
 * Free-text search of the register views: literal, never a regular expression, so any
 * character a user types (`.*+?(`…) is looked for as itself. Case is folded the Finnish way;
 * letters with diacritics stay distinct (ä is not a, ö is not o), as Finnish readers expect.
 */

/** The longest search the views apply; a longer one is cut here and the screen says so. */
export const SEARCH_MAX_LENGTH = 200;

/**
 * Text as the search compares it: composed (so a decomposed ä typed or pasted equals the
 * stored one), lower case in Finnish, runs of white space as one space.
 */
export const foldForSearch = (text: string): string =>
  text.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ');

/**
 * The text of one record the search looks through: its fields composed and in lower case, one
 * per line. White space is left as it is: a search term never holds any, so it cannot matter.
 */
export const searchTextOf = (fields: readonly string[]): string =>
  fields.join('\n').normalize('NFC').toLocaleLowerCase('fi');

export type CappedSearch = { text: string; isCut: boolean; length: number };

/** A search as typed, cut to SEARCH_MAX_LENGTH characters; `length` is what was typed. */
export const capSearch = (typed: string): CappedSearch => {
  const characters = Array.from(typed);
  return characters.length > SEARCH_MAX_LENGTH
    ? {
        text: characters.slice(0, SEARCH_MAX_LENGTH).join(''),
        isCut: true,
        length: characters.length,
      }
    : { text: typed, isCut: false, length: characters.length };
};

/** The words of a search, folded: every one must occur in a record for it to match. */
export const searchTerms = (query: string): string[] =>
  foldForSearch(capSearch(query).text)
    .split(' ')
    .filter((term) => term !== '');

/** Whether every term occurs in the folded text, each as a literal substring. */
export const matchesAllTerms = (searchText: string, terms: readonly string[]): boolean => {
  for (const term of terms) if (!searchText.includes(term)) return false;
  return true;
};
