import { execFileSync } from 'node:child_process';

/**
 * Words read back from a PDF with poppler, for checking printed text against the texts it was
 * printed from: no word broken at a line end without a hyphen, nothing printed over anything else,
 * and print large enough to read.
 */

/** The PDF's words in content order (pdftotext -raw): a table cell's lines follow each other. */
export const pdfWords = (pdf: string): string[] =>
  execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .split(/\s+/)
    .filter(Boolean);

export type WordBox = {
  page: number;
  text: string;
  x: number;
  y: number;
  right: number;
  bottom: number;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** Every word with its box on its page, in points (pdftotext -bbox). */
export const pdfWordBoxes = (pdf: string): WordBox[] => {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  const boxes: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (!match) continue;
    const [, x, y, right, bottom, text] = match;
    boxes.push({ page, text: decode(text!), x: +x!, y: +y!, right: +right!, bottom: +bottom! });
  }
  return boxes;
};

/** The words of the texts, split where the PDF's words are: at white space. */
export const wordsOf = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((text) => text.split(/\s+/).filter(Boolean)));

/**
 * A line may end after a hyphen, an en dash or a slash inside a word: "Konserni-|ja", "3–|5",
 * "koulutusta/|ohjausta" (Calc breaks after an en dash as after a hyphen).
 */
const BREAKS_AFTER = /[-–/]$/;

/**
 * The PDF's words that are no word of the source: a word broken in the middle at a line's end,
 * "Hallintopa|lvelut". A word broken after a hyphen, en dash or slash inside it is whole once its
 * pieces are joined again, also where its first piece is a source word of its own: "ja -|kanavia"
 * when the source has a lone "-" elsewhere ("Kemijärvi - kansainvälisen").
 */
export const brokenWords = (words: readonly string[], source: ReadonlySet<string>): string[] => {
  const broken: string[] = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    let joined = word;
    let end = index;
    let whole = source.has(word) ? index : -1;
    while (BREAKS_AFTER.test(joined) && end + 1 < words.length) {
      end += 1;
      joined += words[end];
      if (source.has(joined)) {
        whole = end;
        break;
      }
    }
    if (whole >= 0) index = whole;
    else broken.push(word);
  }
  return broken;
};

/**
 * The PDF's words with the pieces of words broken after a hyphen or slash joined again, so a
 * source word can be looked for whole.
 */
export const joinedWords = (words: readonly string[], source: ReadonlySet<string>): Set<string> => {
  const joined = new Set(words);
  for (let index = 0; index + 1 < words.length; index += 1) {
    let word = words[index]!;
    for (let end = index + 1; BREAKS_AFTER.test(word) && end < words.length; end += 1) {
      word += words[end];
      if (source.has(word)) joined.add(word);
    }
  }
  return joined;
};

/**
 * Pairs of words printed over each other: smeared, overlapping text. Boxes run from the font's
 * highest to its lowest point, so the boxes of lines set close overlap a little (about a tenth of
 * their height in LibreOffice's single spacing); a third or more is text on text.
 */
export const overlappingWords = (boxes: readonly WordBox[]): [string, string][] => {
  const overlaps: [string, string][] = [];
  const sorted = [...boxes].sort((a, b) => a.page - b.page || a.y - b.y);
  for (let index = 0; index < sorted.length; index += 1) {
    const word = sorted[index]!;
    const height = word.bottom - word.y;
    for (let other = index + 1; other < sorted.length; other += 1) {
      const next = sorted[other]!;
      const shared = Math.min(word.bottom, next.bottom) - next.y;
      if (next.page !== word.page || shared <= 0) break;
      const isAcross = Math.min(word.right, next.right) - Math.max(word.x, next.x) > 0.5;
      if (isAcross && shared > Math.min(height, next.bottom - next.y) / 3) {
        overlaps.push([word.text, next.text]);
      }
    }
  }
  return overlaps;
};

/** The median height of the words' boxes, in points: about 1.2 times the printed font size. */
export const medianWordHeight = (boxes: readonly WordBox[]): number => {
  const heights = boxes.map((box) => box.bottom - box.y).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 0;
};

/**
 * What is wrong with a PDF printed from `sources` (the texts put in the file; `extra` are texts
 * the printing program adds, such as page footers): words broken without a hyphen, source words
 * missing or mangled (an ä or ö lost to a font or encoding fault shows here), and words printed
 * over each other. All three empty when the print is right.
 */
export const printFaults = (
  pdf: string,
  sources: readonly string[],
  extra: readonly string[] = [],
) => {
  const source = wordsOf([...sources, ...extra]);
  const words = pdfWords(pdf);
  const printed = joinedWords(words, source);
  return {
    broken: brokenWords(words, source),
    missing: [...wordsOf(sources)].filter((word) => !printed.has(word)),
    overlapping: overlappingWords(pdfWordBoxes(pdf)),
  };
};
