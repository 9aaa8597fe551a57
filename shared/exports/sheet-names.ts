/**
 * Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], not starting or
 * ending with an apostrophe, not the reserved "History", and unique in the workbook, compared
 * case-blind. A name that breaks them makes Excel refuse to open the file.
 */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
const RESERVED = 'history';

/**
 * The name as a sheet may carry it: forbidden characters become '-', and a long name is cut at
 * a word with "…" (a cut word reads as a typo), or mid-word when its first word alone is too long.
 */
export const sheetName = (name: string): string => {
  let clean = name
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (clean === '' || clean.toLowerCase() === RESERVED) clean = `${clean || 'Taulukko'} 1`;
  if (clean.length <= SHEET_NAME_MAX) return clean;
  const room = clean.slice(0, SHEET_NAME_MAX - 1);
  const space = room.lastIndexOf(' ');
  const atWord = space < 0 ? '' : room.slice(0, space).replace(/[\s,;.–-]+$/, '');
  return `${atWord.length >= 8 ? atWord : room.trimEnd()}…`;
};

/** Names for the sheets in order, each made unique by " (2)", " (3)"… within the limit. */
export const uniqueSheetNames = (names: readonly string[]): string[] => {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = sheetName(name);
    let candidate = base;
    for (let copy = 2; taken.has(candidate.toLocaleLowerCase('fi')); copy += 1) {
      const suffix = ` (${copy})`;
      candidate = `${sheetName(base)
        .slice(0, SHEET_NAME_MAX - suffix.length)
        .trimEnd()}${suffix}`;
    }
    taken.add(candidate.toLocaleLowerCase('fi'));
    return candidate;
  });
};
