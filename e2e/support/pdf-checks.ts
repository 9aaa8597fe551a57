import type { PdfText } from './pdf';
import { squash } from './pdf';
import { stringsOf } from './untranslated';

/** Not words: record ids, hashes. */
const NOT_WORDS = /^(?:[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f-]{27})$/i;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The words of a text, as the checks compare them: hard hyphens and slashes split words. */
const wordsIn = (text: string) =>
  text
    .split(/[\s/\-–—]+/)
    .map((word) => word.replace(EDGE_PUNCTUATION, '').toLocaleLowerCase('fi'))
    .filter((word) => /\p{L}/u.test(word) && !NOT_WORDS.test(word));

/** Every word of the catalogues and data given (placeholders left out). */
export const vocabularyOf = (...sources: unknown[]) =>
  new Set(
    sources.flatMap((source) =>
      stringsOf(source).flatMap((text) => wordsIn(text.replace(/{{[^{}]*}}/g, ' '))),
    ),
  );

/**
 * The words of a PDF's text that are not words of the texts it was printed from: a word broken
 * without a hyphen shows up as two such fragments. Hyphenation is undone first: a soft hyphen
 * (in the text layer wherever the source has one) joins its two sides, and so does the hyphen
 * Chromium draws when a line breaks there.
 */
export const brokenWords = (pdf: PdfText, vocabulary: ReadonlySet<string>): string[] => {
  const joined = pdf.text.replace(/\u00AD\s*(\u2010\s*)?/g, '');
  return [...new Set(wordsIn(joined).filter((word) => !vocabulary.has(word)))];
};

/** A page's text without the running title and "Sivu X / Y", squashed. */
const pageBody = (page: string, runningTitle: string) =>
  squash(
    page
      .split('\n')
      .filter((line) => !/^Sivu \d+ \/ \d+$/.test(line.trim()) && line.trim() !== runningTitle)
      .join('\n'),
  );

/**
 * The headings that end a page: the last thing on the page is the heading, or the heading and
 * only its lead-in paragraph (as "Riskikartta" and its note once did, the map on the next page).
 */
export const headingsAtFoot = (
  pdf: PdfText,
  runningTitle: string,
  headings: readonly string[],
  leads: readonly string[],
): { page: number; heading: string }[] => {
  const squashedLeads = leads.map(squash).filter((lead) => lead !== '');
  const found: { page: number; heading: string }[] = [];
  pdf.pageTexts.forEach((page, index) => {
    if (index === pdf.pages - 1) return;
    let body = pageBody(page, runningTitle);
    for (let stripped = true; stripped;) {
      const lead = squashedLeads.find((text) => body.endsWith(text));
      stripped = lead !== undefined;
      if (lead) body = body.slice(0, -lead.length);
    }
    const heading = headings.find((text) => squash(text) !== '' && body.endsWith(squash(text)));
    if (heading) found.push({ page: index + 1, heading });
  });
  return found;
};

/** How many times a text is printed, over the pages from `fromPage` on (1-based). */
export const timesPrinted = (pdf: PdfText, text: string, fromPage = 1) =>
  pdf.pageTexts
    .slice(fromPage - 1)
    .reduce((count, page) => count + squash(page).split(squash(text)).length - 1, 0);

/** The first page (1-based) whose lines include `line` exactly, from `fromPage` on. */
export const pageWithLine = (pdf: PdfText, line: string, fromPage = 1) =>
  pdf.pageTexts.findIndex(
    (page, index) =>
      index + 1 >= fromPage && page.split('\n').some((text) => squash(text) === squash(line)),
  ) + 1;
