import type { BrowserContext, Page } from 'playwright-core';
import type { Figure } from './measure';
import { progress } from './measure';

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The longest task on the main thread since the navigation: ms (nothing is painted in it). */
    __valvoLongestTask?: number;
  }
}

/** For every page of the context: notes the longest main-thread task. */
const installLongTaskProbe = (context: BrowserContext) =>
  context.addInitScript(() => {
    window.__valvoLongestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__valvoLongestTask = Math.max(window.__valvoLongestTask ?? 0, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });

/** How long the bench waits for the pack to be print-ready, and then for its PDF. */
const READY_CAP_MS = 5 * 60_000;
const PDF_CAP_MS = 3 * 60_000;
const POLL_MS = 250;

/** `work`, or null once `ms` have passed (the work goes on until the browser is closed). */
const within = <T>(ms: number, work: Promise<T>): Promise<T | null> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Watched = {
  isReady: boolean;
  /** ms from the navigation's start (wall clock, taken here: the page's clock is fixed). */
  readyAt: number;
  /** Each progress text (role status or progressbar) as first seen, ms from the start. */
  seen: { at: number; text: string }[];
  /** The longest the page took to answer a look: its main thread was busy that long. */
  longestAnswer: number;
};

/** Looks at the page every 250 ms until it is print-ready (or `cap` passed): what it shows. */
const watchUntilReady = async (page: Page, opened: number, cap: number): Promise<Watched> => {
  const watched: Watched = { isReady: false, readyAt: 0, seen: [], longestAnswer: 0 };
  while (Date.now() - opened < cap) {
    const asked = Date.now();
    const state = await within(
      cap - (asked - opened) + 1_000,
      page
        .evaluate(() => ({
          isReady: document.documentElement.dataset.printReady === 'true',
          text: [...document.querySelectorAll('[role="status"], [role="progressbar"], progress')]
            .map((element) => element.getAttribute('aria-valuetext') ?? element.textContent ?? '')
            .filter((text) => text.trim() !== '')
            .join(' | '),
        }))
        .catch(() => null),
    );
    const answered = Date.now();
    watched.longestAnswer = Math.max(watched.longestAnswer, answered - asked);
    if (state?.isReady) {
      watched.isReady = true;
      break;
    }
    if (state && state.text !== '' && state.text !== watched.seen.at(-1)?.text)
      watched.seen.push({ at: answered - opened, text: state.text });
    await sleep(POLL_MS);
  }
  watched.readyAt = Date.now() - opened;
  return watched;
};

/**
 * The audit-committee pack of the whole organisation (the print route the desktop app prints
 * from), once: navigation to print-ready, what progress it showed on the way, then printToPDF
 * with its page count. Time is taken on a warm browser whose database holds the whole data set.
 */
export const measurePack = async (
  context: BrowserContext,
  page: Page,
  scopeId: string,
  year: number,
): Promise<Figure[]> => {
  await installLongTaskProbe(context);
  const url = new URL(
    `#/print/audit?scope=${scopeId}&year=${year}`,
    page.url().replace(/#.*$/, ''),
  ).toString();
  await page.goto('about:blank');
  progress('audit pack: print route');
  const opened = Date.now();
  await page.goto(url);
  const watched = await watchUntilReady(page, opened, READY_CAP_MS);
  const longestTask =
    (await within(
      60_000,
      page.evaluate(() => window.__valvoLongestTask ?? 0),
    )) ?? Number.NaN;
  const shown =
    watched.seen.length === 0
      ? 'none'
      : `${watched.seen.length} texts, first "${watched.seen[0]!.text.slice(0, 50)}" at ${(watched.seen[0]!.at / 1_000).toFixed(1)} s, last "${watched.seen.at(-1)!.text.slice(0, 50)}"`;
  const marks = [0, ...watched.seen.map(({ at }) => at), watched.readyAt];
  const gaps = marks.slice(1).map((at, index) => at - marks[index]!);
  const progressFigures: Figure[] = [
    {
      measure: `… progress shown while it builds: ${shown}; longest wait between changes`,
      median: Math.max(...gaps),
      target: null,
      unit: 'ms',
    },
    {
      measure: `… longest main-thread task while it builds (nothing painted in it); longest answer to a look ${Math.round(watched.longestAnswer)} ms`,
      median: longestTask,
      target: null,
      unit: 'ms',
    },
  ];
  if (!watched.isReady) {
    return [
      {
        measure: 'audit pack of the whole organisation: print route opened to print-ready',
        median: null,
        target: 30_000,
        unit: 'ms',
        note: `not print-ready after ${Math.round(watched.readyAt / 1_000)} s (the bench stops waiting); last progress: ${watched.seen.at(-1)?.text.slice(0, 60) ?? 'none'}`,
      },
      ...progressFigures,
    ];
  }
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  progress(`audit pack ready: ${watched.readyAt} ms, ${elements} elements; printToPDF`);
  const started = Date.now();
  const printed = await within(
    PDF_CAP_MS,
    page.pdf({ preferCSSPageSize: true, printBackground: true }),
  );
  const pdf = Date.now() - started;
  const pages = printed
    ? (printed.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    : 0;
  return [
    {
      measure: `audit pack of the whole organisation: print route opened to print-ready (${elements.toLocaleString('en')} elements)`,
      median: watched.readyAt,
      samples: [watched.readyAt],
      target: null,
      unit: 'ms',
    },
    printed
      ? {
          measure: `… printToPDF of it (${pages.toLocaleString('en')} pages, ${(printed.length / 2 ** 20).toFixed(0)} MiB)`,
          median: pdf,
          samples: [pdf],
          target: null,
          unit: 'ms',
        }
      : {
          measure: '… printToPDF of it',
          median: null,
          target: null,
          unit: 'ms',
          note: `not done after ${Math.round(pdf / 1_000)} s (the bench stops waiting)`,
        },
    {
      measure: '… the two together: the pack printed',
      median: printed ? watched.readyAt + pdf : null,
      target: 30_000,
      unit: 'ms',
      note: `more than ${Math.round((watched.readyAt + pdf) / 1_000)} s`,
    },
    ...progressFigures,
  ];
};
