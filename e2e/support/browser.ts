import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumPath = () => {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROME_PATH.`);
  }
  return path;
};

/** Debian Chromium, headless, with the flags this machine's closed network needs. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });

/** Mid-June of the example year 2026. */
export const DEFAULT_NOW = '2026-06-15T09:00:00+03:00';

export type AppPage = { context: BrowserContext; page: Page; errors: string[] };

/**
 * A fresh browser context (its own empty IndexedDB) with the app open in Finnish. Page errors
 * and CSP violations are collected so a spec can assert there were none. Specs start on the
 * register (`#/units`); the app's own landing page, "Omat" at `#/`, has its spec (home.spec.ts).
 */
export const openApp = async (
  browser: Browser,
  { path = '#/units', now = DEFAULT_NOW }: { path?: string; now?: string } = {},
): Promise<AppPage> => {
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  // A fixed "today" inside the example year keeps overdue and due-soon checks deterministic.
  await page.clock.setFixedTime(new Date(now));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(new URL(path, inject('baseUrl')).toString());
  return { context, page, errors };
};
