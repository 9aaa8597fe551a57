import type { Browser, Page } from 'playwright-core';
import { printPdf } from '../support/pdf';

/** A PDF made by a producer: `name` becomes the PNG files' prefix (name-1.png, name-2.png…). */
export type Printed = { name: string; file: string };

/** One step of `npm run docs:reports`: opens what it needs and hands back PDFs by name. */
export type Producer = { title: string; produce: (browser: Browser) => Promise<Printed[]> };

/** The print route open in `page`, printed as the desktop shell does. */
export const printOpenReport = async (page: Page, name: string): Promise<Printed> => ({
  name,
  file: (await printPdf(page)).file,
});
