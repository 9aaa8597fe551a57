import type { BrowserContext, Page } from 'playwright-core';

/** What must hold in the DOM for a step to count as shown (all of them, then two frames). */
export type Until =
  | { kind: 'present'; selector: string; text?: string }
  | { kind: 'absent'; selector: string }
  | { kind: 'textChanges'; selector: string }
  | { kind: 'attribute'; selector: string; name: string; value: string };

/** When a step starts: the first event of a type after arming, or the app's next URL change. */
export type Start = { kind: 'event'; type: 'click' | 'change' } | { kind: 'urlChange' };

type Probe = { start: number | null; ends: (number | null)[]; seenAt: (number | null)[] };

declare global {
  // Declaration merging with the DOM's Window needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** performance.now() of the app's last history.pushState/replaceState. */
    __valvoUrlChangedAt?: number;
    /** performance.now() once the register's first rows were painted after navigation. */
    __valvoFirstRowsAt?: number;
    /** performance.now() once the register counted all its rows (none still being read). */
    __valvoAllCountedAt?: number;
    __valvoProbe?: Probe & { done: Promise<Probe> };
  }
}

/**
 * For every page of the context, before the app's own scripts: notes when the app changes the
 * URL (a register's view lives there) and when the first register rows are painted after the
 * navigation (performance.now() counts from the navigation's start).
 */
export const installPageProbes = (context: BrowserContext) =>
  context.addInitScript(() => {
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (...args: Parameters<History['pushState']>) => {
        window.__valvoUrlChangedAt = performance.now();
        return original(...args);
      };
    }
    const afterPaint = (note: (at: number) => void) =>
      requestAnimationFrame(() => requestAnimationFrame(() => note(performance.now())));
    let seenRows = false;
    const observer = new MutationObserver(() => {
      if (!seenRows && document.querySelector('table.register-grid tbody tr[aria-rowindex]')) {
        seenRows = true;
        afterPaint((at) => (window.__valvoFirstRowsAt = at));
      }
      // The first rows come before the rest of the year is read; the count says when it is.
      if (!document.querySelector('.register-toolbar__count:not([aria-busy])')) return;
      observer.disconnect();
      afterPaint((at) => (window.__valvoAllCountedAt = at));
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    });
  });

/** Milliseconds from the navigation's start to the register's first rows painted. */
export const firstRowsPainted = async (page: Page, timeout = 120_000) => {
  await page.waitForFunction(() => window.__valvoFirstRowsAt !== undefined, null, { timeout });
  return page.evaluate(() => window.__valvoFirstRowsAt!);
};

/** Milliseconds from the navigation's start to the register showing its full count. */
export const allRowsCounted = async (page: Page, timeout = 120_000) => {
  await page.waitForFunction(() => window.__valvoAllCountedAt !== undefined, null, { timeout });
  return page.evaluate(() => window.__valvoAllCountedAt!);
};

/** Milliseconds from a step's start, per stage: to the DOM holding it, and to it painted. */
export type StageTimes = { inDom: number[]; painted: number[] };

/**
 * Times one user step in the page: arms a probe, lets `act` do the step (click, select, type),
 * and returns, for each stage, the milliseconds from the step's start to the DOM meeting every
 * condition of the stage, and to two animation frames after that (the change painted).
 */
export const timeUiStages = async (
  page: Page,
  start: Start,
  stages: Until[][],
  act: () => Promise<void>,
  timeout = 120_000,
): Promise<StageTimes> => {
  await page.evaluate(
    ({ start: begin, stages: conditionSets }) => {
      const initial = new Map<string, string | null>();
      for (const condition of conditionSets.flat())
        if (condition.kind === 'textChanges')
          initial.set(
            condition.selector,
            document.querySelector(condition.selector)?.textContent ?? null,
          );
      const holds = (conditions: Until[]) =>
        conditions.every((condition) => {
          const element = document.querySelector(condition.selector);
          switch (condition.kind) {
            case 'present':
              return condition.text === undefined
                ? element !== null
                : [...document.querySelectorAll(condition.selector)].some((item) =>
                    item.textContent?.includes(condition.text!),
                  );
            case 'absent':
              return element === null;
            case 'textChanges':
              return (element?.textContent ?? null) !== initial.get(condition.selector);
            case 'attribute':
              return element?.getAttribute(condition.name) === condition.value;
          }
        });
      const urlBefore = window.__valvoUrlChangedAt;
      const probe: Probe = {
        start: null,
        ends: conditionSets.map(() => null),
        seenAt: conditionSets.map(() => null),
      };
      if (begin.kind === 'event')
        window.addEventListener(
          begin.type,
          () => {
            probe.start ??= performance.now();
          },
          { capture: true, once: true },
        );
      const done = new Promise<Probe>((resolve) => {
        const check = () => {
          if (begin.kind === 'urlChange' && window.__valvoUrlChangedAt !== urlBefore)
            probe.start ??= window.__valvoUrlChangedAt ?? null;
          if (probe.start === null) return;
          conditionSets.forEach((conditions, index) => {
            if (probe.seenAt[index] !== null || !holds(conditions)) return;
            probe.seenAt[index] = performance.now();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                probe.ends[index] = performance.now();
                if (probe.ends.every((end) => end !== null)) {
                  observer.disconnect();
                  resolve(probe);
                }
              }),
            );
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      });
      window.__valvoProbe = Object.assign(probe, { done });
    },
    { start, stages },
  );
  await act();
  // Timed out on this side too: a page too busy to run its own timer must not hang the bench.
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the step did not finish in ${timeout} ms`)),
      timeout + 5_000,
    );
  });
  try {
    return await Promise.race([
      page.evaluate(
        (limit) =>
          Promise.race([
            window.__valvoProbe!.done,
            new Promise<never>((_, reject) =>
              setTimeout(() => reject(new Error(`the step did not finish in ${limit} ms`)), limit),
            ),
          ]).then(({ start: begun, ends, seenAt }) => ({
            painted: ends.map((end) => end! - begun!),
            inDom: seenAt.map((at) => at! - begun!),
          })),
        timeout,
      ),
      expired,
    ]);
  } finally {
    clearTimeout(timer);
  }
};

/** One stage: milliseconds from the step's start to every condition met and painted. */
export const timeUi = async (
  page: Page,
  start: Start,
  until: Until[],
  act: () => Promise<void>,
  timeout?: number,
) => (await timeUiStages(page, start, [until], act, timeout)).painted[0]!;
