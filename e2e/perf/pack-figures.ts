import type { BrowserContext, Page } from 'playwright-core';
import type { Figure } from './measure';
import { progress } from './measure';

type PackProbe = {
  /** Each text a progress element (role status or progressbar) showed, when first painted. */
  texts: { at: number; text: string }[];
  /** The longest task on the main thread since the navigation: ms (no paint can happen in it). */
  longestTask: number;
  readyAt: number | null;
};

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    __valvoPack?: PackProbe;
  }
}

/**
 * For every page of the context: notes what progress the page shows (text of any element with
 * role status or progressbar, with the time it changed), the longest main-thread task, and
 * when the print route sets data-print-ready. Times are performance.now(), from navigation start.
 */
const installPackProbe = (context: BrowserContext) =>
  context.addInitScript(() => {
    const probe: PackProbe = { texts: [], longestTask: 0, readyAt: null };
    window.__valvoPack = probe;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longestTask = Math.max(probe.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    const observer = new MutationObserver(() => {
      if (probe.readyAt !== null) return;
      if (document.documentElement.dataset.printReady === 'true') {
        probe.readyAt = performance.now();
        return;
      }
      const shown = [...document.querySelectorAll('[role="status"], [role="progressbar"]')]
        .map((element) =>
          [element.textContent, element.getAttribute('aria-valuetext')].filter(Boolean).join(' '),
        )
        .filter((text) => text.trim() !== '')
        .join(' | ');
      if (shown !== '' && shown !== probe.texts.at(-1)?.text)
        probe.texts.push({ at: performance.now(), text: shown });
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });

const PACK_TIMEOUT_MS = 20 * 60_000;

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
  await installPackProbe(context);
  const url = new URL(
    `#/print/audit?scope=${scopeId}&year=${year}`,
    page.url().replace(/#.*$/, ''),
  ).toString();
  await page.goto('about:blank');
  progress('audit pack: print route');
  await page.goto(url);
  await page
    .locator('html[data-print-ready="true"]')
    .waitFor({ state: 'attached', timeout: PACK_TIMEOUT_MS });
  const probe = (await page.evaluate(() => window.__valvoPack))!;
  const ready = probe.readyAt ?? Number.NaN;
  const during = probe.texts.filter(({ at }) => at <= ready);
  const marks = [0, ...during.map(({ at }) => at), ready];
  const gaps = marks.slice(1).map((at, index) => at - marks[index]!);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  progress(`audit pack ready: ${Math.round(ready)} ms, ${elements} elements; printToPDF`);
  const started = Date.now();
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = Date.now() - started;
  const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const shown =
    during.length === 0
      ? 'none'
      : `${during.length} texts, first "${during[0]!.text.slice(0, 60)}" at ${Math.round(during[0]!.at)} ms, last "${during.at(-1)!.text.slice(0, 60)}"`;
  return [
    {
      measure: `audit pack of the whole organisation: print route opened to print-ready (${elements.toLocaleString('en')} elements)`,
      median: ready,
      samples: [ready],
      target: null,
      unit: 'ms',
    },
    {
      measure: `… printToPDF of it (${pages.toLocaleString('en')} pages, ${(bytes.length / 2 ** 20).toFixed(0)} MiB)`,
      median: pdf,
      samples: [pdf],
      target: null,
      unit: 'ms',
    },
    {
      measure: '… the two together: the pack printed',
      median: ready + pdf,
      samples: [ready + pdf],
      target: 30_000,
      unit: 'ms',
    },
    {
      measure: `… progress shown while it builds: ${shown}; longest wait between updates`,
      median: Math.max(...gaps),
      ...(gaps.length > 8 ? {} : { samples: gaps }),
      target: null,
      unit: 'ms',
    },
    {
      measure: '… longest main-thread task while it builds (nothing is painted during it)',
      median: probe.longestTask,
      samples: [probe.longestTask],
      target: null,
      unit: 'ms',
    },
  ];
};
