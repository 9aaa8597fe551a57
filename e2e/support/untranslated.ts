import type { Page } from 'playwright-core';

type Tree = { readonly [key: string]: unknown } | readonly unknown[];

/** Every string inside a value (catalogue, example data), however deeply nested. */
export const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') {
    return Object.values(value as Tree).flatMap(stringsOf);
  }
  return [];
};

const HAS_LETTER = /\p{L}/u;
/**
 * Case is ignored: "completeness" in the middle of a sentence is still the catalogue's word.
 * Soft hyphens (reports hyphenate their text) are invisible break points, not text.
 */
const normalise = (text: string) =>
  text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
/** Not words: record ids, SHA-256 hashes, colours, and the units Intl writes sizes in. */
const NOT_WORDS = [
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
  /\b[0-9a-f]{32,}\b/g,
  /#[0-9a-f]{6}\b/g,
  /\b\d+(?:[.,]\d+)? ?(?:b|kb|mb|gb|tb)\b/g,
];

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Where `piece` occurs in `text` as whole words ("all" is not found in "tallennettu"). */
const wordsAt = (text: string, piece: string): number[] => {
  const found: number[] = [];
  for (let index = text.indexOf(piece); index >= 0; index = text.indexOf(piece, index + 1)) {
    const isWholeStart = !isWordCharacter(text[index - 1]) || !isWordCharacter(piece[0]);
    const isWholeEnd =
      !isWordCharacter(text[index + piece.length]) || !isWordCharacter(piece[piece.length - 1]);
    if (isWholeStart && isWholeEnd) found.push(index);
  }
  return found;
};

/**
 * Tells apart text that comes from a catalogue (or from the user's data) and text that does
 * not. A catalogue text is cut at its {{placeholders}} into literal pieces; a piece of page text
 * is explained when nothing with a letter is left after removing every catalogue piece and every
 * data string from it. What is left is text written past i18n.
 */
export const createTextCheck = (catalogue: unknown, data: readonly string[]) => {
  const pieces = [
    ...new Set(
      [...stringsOf(catalogue).flatMap((text) => text.split(/{{[^{}]*}}/)), ...data]
        .map(normalise)
        .filter((piece) => HAS_LETTER.test(piece)),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text: string): string | null => {
    let rest = NOT_WORDS.reduce((value, pattern) => value.replace(pattern, ' '), normalise(text));
    if (!HAS_LETTER.test(rest)) return null;
    // A long text cut short in a list ("Vahvistetaan koko organisaation…") is part of its piece.
    const cut = rest.replace(/…$/, '').trim();
    if (pieces.some((piece) => wordsAt(piece, cut).length > 0)) return null;
    for (const piece of pieces) {
      const found = wordsAt(rest, piece);
      // From the end, so the earlier positions stay right.
      for (const index of found.reverse()) {
        rest = `${rest.slice(0, index)} ${rest.slice(index + piece.length)}`;
      }
      if (!HAS_LETTER.test(rest)) return null;
    }
    return normalise(rest);
  };
};

/**
 * The texts a user sees or hears on the page now: text nodes (also those only for screen
 * readers and select options), the attributes read out (aria-label, title, alt, placeholder),
 * and the document title.
 */
export const pageTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('script, style, noscript')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [alt], [placeholder]',
    )) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
