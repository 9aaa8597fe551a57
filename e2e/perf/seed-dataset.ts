import type { Page } from 'playwright-core';
import { callHarness } from './harness';
import type { DataSetSize } from './synthetic-plan';
import { FULL_SIZE } from './synthetic-plan';

export { FULL_SIZE };
export type { DataSetSize };

/**
 * Loads the synthetic data set (made in the page, deterministic in `seed`) into the app's
 * database through its own restore path, then reloads so the app reads it. The page must have
 * the app open; whatever the database held is replaced, and the app opens with the data set's
 * controller profile. For e2e tests and the benchmark only: nothing of it ships.
 */
export const seedDataSet = async (
  page: Page,
  size: DataSetSize = FULL_SIZE,
  seed = 2026,
): Promise<Record<string, number>> => {
  const counts = await callHarness(page, 'prepare', size, seed);
  await callHarness(page, 'restore');
  await callHarness(page, 'release');
  await page.reload();
  return counts;
};
