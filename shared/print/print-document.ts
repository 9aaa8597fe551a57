import { z } from 'zod';

/**
 * What a print route tells whoever turns it into a PDF (the desktop shell, the tests, the
 * docs script): the document's metadata, and the anchors its contents list points at. The page
 * keeps it as JSON in `<html data-print-info>`; the reader parses it with this schema, since it
 * comes from another process.
 */
export const PrintInfoSchema = z
  .object({
    title: z.string().min(1).max(500),
    /** The organisation. */
    author: z.string().max(500),
    subject: z.string().max(500),
    /** BCP 47, e.g. fi-FI. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/),
    /** The ids of the sections the contents list names, in its order; empty without one. */
    contents: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/)).max(200),
  })
  .strict();
export type PrintInfo = z.infer<typeof PrintInfoSchema>;

/** Evaluated in the page: the print info as JSON text, or null before the report is ready. */
export const PRINT_INFO_READ = 'document.documentElement.dataset.printInfo ?? null';

export const parsePrintInfo = (json: unknown): PrintInfo =>
  PrintInfoSchema.parse(typeof json === 'string' ? JSON.parse(json) : json);

/** The query parameter carrying the contents list's page numbers, e.g. `toc=3.4.4.6.11.12`. */
export const CONTENTS_PAGES_PARAM = 'toc';

export const encodeContentsPages = (pages: readonly number[]) => pages.join('.');

/** The page numbers of a `toc` value, or null when there is none or it is not one. */
export const parseContentsPages = (value: string | null): number[] | null => {
  if (!value || !/^\d{1,5}(\.\d{1,5})*$/.test(value)) return null;
  return value.split('.').map(Number);
};

/** The route with its contents pages set (replacing any given before). */
export const withContentsPages = (route: string, pages: readonly number[]) => {
  const [path = '', query = ''] = route.split('?', 2);
  const params = query
    .split('&')
    .filter((pair) => pair !== '' && !pair.startsWith(`${CONTENTS_PAGES_PARAM}=`));
  params.push(`${CONTENTS_PAGES_PARAM}=${encodeContentsPages(pages)}`);
  return `${path}?${params.join('&')}`;
};

/**
 * Evaluated in the page: true once the report is on the page with exactly these contents pages
 * (none: without any). The same page may still show the previous numbers for a moment after
 * the route changes, so the shell waits for these.
 */
export const printReadyCheck = (pages: readonly number[] | null = null) => {
  const expected = pages ? encodeContentsPages(pages) : '';
  return `document.documentElement.dataset.printReady === "true" && (document.documentElement.dataset.printPages ?? "") === "${expected}"`;
};
