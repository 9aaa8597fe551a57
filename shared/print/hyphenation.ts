import createHyphenator from 'hyphen';

/** U+00AD: invisible unless the line breaks there, where the renderer shows a hyphen. */
export const SOFT_HYPHEN = '\u00AD';

export type Hyphenate = (text: string) => string;

/** Hyphenation patterns of one language, as the `hyphen` package ships them. */
export type HyphenPatterns = Parameters<typeof createHyphenator>[0];

/**
 * Wraps a hyphenation function so that each distinct text is hyphenated once: a report of
 * thousands of rows repeats the same owners, statuses and often whole texts.
 */
export const cachedHyphenator = (hyphenate: Hyphenate): Hyphenate => {
  const cache = new Map<string, string>();
  return (text) => {
    if (text.length < 5) return text;
    const known = cache.get(text);
    if (known !== undefined) return known;
    const hyphenated = hyphenate(text);
    cache.set(text, hyphenated);
    return hyphenated;
  };
};

/**
 * A cached hyphenator that inserts soft hyphens at the hyphenation points of `patterns`, so a
 * printed word breaks only where the language allows and shows its hyphen. Browsers have no
 * hyphenation dictionary of their own on Windows and Linux, so `hyphens: auto` is never relied on.
 */
export const softHyphenator = (patterns: HyphenPatterns): Hyphenate => {
  const hyphenate = createHyphenator(patterns, { hyphenChar: SOFT_HYPHEN }) as Hyphenate;
  return cachedHyphenator(hyphenate);
};

/** Removes soft hyphens, e.g. to compare printed text with what was typed. */
export const withoutSoftHyphens = (text: string) => text.replaceAll(SOFT_HYPHEN, '');
