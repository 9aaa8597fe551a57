import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';
import { DEFAULT_NOW, chromiumPath } from '../support/browser';
import { installPageProbes } from './ui-timing';

/** The flags e2e/support/browser.ts launches with (this machine's closed network). */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * A browser profile on disk, as the desktop app has one: IndexedDB is written to files (a
 * `browser.newContext()` keeps it in memory, which flatters every write and read).
 */
export type Profile = { dir: string; remove: () => void };

export const createProfile = (): Profile => {
  const dir = mkdtempSync(join(tmpdir(), 'valvo-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};

export type PersistentApp = { context: BrowserContext; page: Page; errors: string[] };

/**
 * Chromium started on the profile with the app open at `path`, in Finnish, "today" fixed in
 * mid-June 2026 like the e2e tests. Each launch is a cold start: new browser process, new
 * renderer, IndexedDB opened from disk.
 */
export const openPersistentApp = async (profile: Profile, path = '#/'): Promise<PersistentApp> => {
  const context = await chromium.launchPersistentContext(profile.dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: ARGS,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1_440, height: 900 },
  });
  await installPageProbes(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.setFixedTime(new Date(DEFAULT_NOW));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(new URL(path, inject('baseUrl')).toString());
  return { context, page, errors };
};
