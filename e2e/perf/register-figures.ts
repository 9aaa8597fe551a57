import type { Page } from 'playwright-core';
import { callHarness } from './harness';
import type { Figure } from './measure';
import { middle, progress, samplesOf } from './measure';
import type { PersistentApp, Profile } from './persistent';
import { openPersistentApp } from './persistent';
import { allRowsCounted, firstRowsPainted, timeUi } from './ui-timing';

export const COUNT = '.register-toolbar__count';
export const GRID = 'table.register-grid';

type PaintFloor = { name: string; median: number };

export const screenFigure = (
  measure: string,
  samples: readonly number[],
  target: number | null,
  floor?: PaintFloor,
): Figure => ({
  measure,
  median: middle(samples),
  samples,
  target,
  unit: 'ms',
  ...(floor ? { floor } : {}),
});

/** The number in a count text: "50 000 riviä" (grouped as the locale does) → 50000. */
export const countOf = (text: string) => Number(text.replace(/\D/g, ''));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the register's count reads `text`, exactly as the page wrote it. */
export const countIs = (page: Page, text: string) =>
  page
    .locator(COUNT)
    .filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) })
    .waitFor({ timeout: 120_000 });

/**
 * Cold starts: Chromium launched on the profile, the register opened by URL, timed from the
 * navigation's start to its first rows painted and to its full count (the first screenful
 * comes before the rest of the year is read); then the renderer's JS heap after a garbage
 * collection. The last start stays open for the steps that follow.
 */
export const measureColdOpen = async (
  profile: Profile,
  path: string,
  runs: number,
): Promise<{
  samples: number[];
  counted: number[];
  heaps: number[];
  reads: number[];
  app: PersistentApp;
}> => {
  const samples: number[] = [];
  const counted: number[] = [];
  const heaps: number[] = [];
  const reads: number[] = [];
  let app: PersistentApp | null = null;
  for (let run = 0; run < runs; run += 1) {
    await app?.context.close();
    app = await openPersistentApp(profile, path);
    samples.push(await firstRowsPainted(app.page));
    counted.push(await allRowsCounted(app.page));
    const cdp = await app.context.newCDPSession(app.page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    heaps.push(heap.usedSize / 2 ** 20);
    await cdp.detach();
    // After the heap: the harness itself takes memory.
    reads.push((await callHarness(app.page, 'rawReadFloor', 2026)).ms);
  }
  return { samples, counted, heaps, reads, app: app! };
};

const SEARCHES = ['tietosuojan', 'hankintojen', 'omavalvonnan'];
const COMBINED = [
  { division: 'Kasvatuksen ja koulutuksen toimiala', status: 'Käynnissä' },
  { division: 'Hyvinvoinnin toimiala', status: 'Toteutunut' },
  { division: 'Konsernipalvelut', status: 'Ei aloitettu' },
];
const SORTS = ['Yksikkö', 'Vastuuhenkilö', 'Määräaika'];

/** Search, a combined filter, sort and scroll on the open action register of `total` rows. */
export const measureRegisterSteps = async (
  page: Page,
  all: string,
  floor: PaintFloor,
): Promise<Figure[]> => {
  const search = page.getByLabel('Hae', { exact: true });
  const searches = await samplesOf(SEARCHES.length, async (run) => {
    const ms = await timeUi(
      page,
      { kind: 'urlChange' },
      [{ kind: 'textChanges', selector: COUNT }],
      () => search.fill(SEARCHES[run]!),
    );
    await search.fill('');
    await countIs(page, all);
    return ms;
  });

  const filters = page.getByRole('search');
  const combined = await samplesOf(COMBINED.length, async (run) => {
    const { division, status } = COMBINED[run]!;
    await filters.getByRole('combobox', { name: 'Toimiala' }).selectOption({ label: division });
    await page.locator(COUNT).filter({ hasText: 'suodatettu' }).waitFor();
    const ms = await timeUi(
      page,
      { kind: 'event', type: 'change' },
      [{ kind: 'textChanges', selector: COUNT }],
      async () => {
        await filters.getByRole('combobox', { name: 'Tila' }).selectOption({ label: status });
      },
    );
    await filters.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
    await countIs(page, all);
    return ms;
  });

  const sorts = await samplesOf(SORTS.length, async (run) => {
    const name = SORTS[run]!;
    progress(`sort by ${name}`);
    const position = await page
      .locator(`${GRID} thead th`)
      .evaluateAll(
        (cells, label) => cells.findIndex((cell) => cell.textContent?.includes(label)) + 1,
        name,
      );
    return timeUi(
      page,
      { kind: 'event', type: 'click' },
      [
        {
          kind: 'attribute',
          selector: `${GRID} thead th:nth-child(${position})`,
          name: 'aria-sort',
          value: 'ascending',
        },
      ],
      () => page.locator(`${GRID} thead th:nth-child(${position})`).getByRole('button').click(),
    );
  });

  // 10,000 rows, or a fifth of a smaller register (VALVO_BENCH_SIZE=small).
  const jump = Math.min(10_000, Math.floor(countOf(all) / 5));
  const scrolls = await samplesOf(3, async () => {
    progress('scroll');
    const { ms } = await callHarness(page, 'scrollRows', jump);
    return ms;
  });

  return [
    screenFigure(
      'apply a text search (from the search applied, after the field’s 200 ms typing pause, to rows painted)',
      searches,
      100,
      floor,
    ),
    screenFigure(
      'apply a combined filter (division + status, from the status chosen to rows painted)',
      combined,
      100,
      floor,
    ),
    screenFigure('sort by a column (click to rows painted, Finnish collation)', sorts, 100, floor),
    screenFigure(
      `scroll ${jump.toLocaleString('en')} rows down in one jump, to rows painted`,
      scrolls,
      null,
      floor,
    ),
  ];
};

/** The risk register opened cold, for the record (no target was set for it). */
export const measureRiskRegister = async (profile: Profile, runs: number, floor: PaintFloor) => {
  const { samples, app } = await measureColdOpen(profile, '#/register/risks', runs);
  const rows = await app.page.locator(COUNT).textContent();
  await app.context.close();
  return screenFigure(
    `open the risk register cold (${rows}), to first rows painted`,
    samples,
    null,
    floor,
  );
};
