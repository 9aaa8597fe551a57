import type { PrintInfo } from '../../shared/print/print-document';
import { parsePrintInfo, withContentsPages } from '../../shared/print/print-document';
import { destinationPages, finishPdf } from './pdf-document';

/**
 * One print of a route: loaded fresh, waited on until the page says it is ready with exactly
 * `pages` in its contents list, printed. `info` is what the page says about itself
 * (PRINT_INFO_READ), parsed here since it comes from another process.
 */
export type PrintPass = (
  route: string,
  pages: readonly number[] | null,
) => Promise<{ pdf: Uint8Array; info: unknown }>;

/** First print, then at most two more: a second pass only moves numbers on one page. */
export const MAX_PRINT_PASSES = 3;

const contentsPages = (destinations: Map<string, number>, contents: readonly string[]) => {
  const pages = contents.map((id) => destinations.get(id));
  return pages.every((page) => page !== undefined) && pages.length > 0 ? (pages as number[]) : null;
};

const same = (a: readonly number[] | null, b: readonly number[] | null) =>
  a !== null && b !== null && a.length === b.length && a.every((page, index) => page === b[index]);

/**
 * Prints a report route to a finished PDF. A report with a contents list is printed once to
 * learn on which page each section starts (from the PDF's named destinations), then again with
 * those numbers in the list, until the numbers printed are the pages the sections are on.
 * The result has the metadata Chromium leaves out.
 */
export const printReportPdf = async (pass: PrintPass, route: string): Promise<Uint8Array> => {
  let printed = await pass(route, null);
  const info: PrintInfo = parsePrintInfo(printed.info);
  let shown: number[] | null = null;
  for (let count = 1; count < MAX_PRINT_PASSES && info.contents.length > 0; count += 1) {
    const actual = contentsPages(await destinationPages(printed.pdf), info.contents);
    if (actual === null || same(actual, shown)) break;
    printed = await pass(withContentsPages(route, actual), actual);
    shown = actual;
  }
  return finishPdf(printed.pdf, info);
};
