import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { ValvoBench } from './harness/benchHarness';

let bundle: Promise<string> | null = null;

/**
 * The in-page harness (harness/benchHarness.ts) bundled on its own as one script, once per test
 * run. It is built here, from e2e/, so no line of it reaches the web app's bundle.
 */
export const harnessScript = (): Promise<string> => {
  bundle ??= (async () => {
    const root = resolve(import.meta.dirname, '../..');
    const output = await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        write: false,
        minify: false,
        target: 'es2023',
        lib: {
          entry: resolve(import.meta.dirname, 'harness/benchHarness.ts'),
          formats: ['iife'],
          name: 'valvoBenchHarness',
          fileName: () => 'valvo-bench-harness.js',
        },
      },
    });
    const outputs = Array.isArray(output) ? output : [output];
    for (const result of outputs) {
      if (!('output' in result)) continue;
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
    throw new Error('The bench harness did not build.');
  })();
  return bundle;
};

/**
 * Puts the harness into the page (through the DevTools protocol, so the app's CSP does not
 * apply) unless it is there already. A navigation or reload removes it.
 */
export const installHarness = async (page: Page) => {
  if (await page.evaluate(() => window.valvoBench !== undefined)) return;
  await page.evaluate(await harnessScript());
};

type BenchMethod = keyof ValvoBench;

/** Calls a harness method in the page with JSON arguments. */
export const callHarness = async <M extends BenchMethod>(
  page: Page,
  method: M,
  ...args: Parameters<ValvoBench[M]>
): Promise<Awaited<ReturnType<ValvoBench[M]>>> => {
  await installHarness(page);
  return page.evaluate(
    ({ method: name, args: values }) =>
      (window.valvoBench![name] as (...input: unknown[]) => unknown)(...values),
    { method, args },
  ) as Promise<Awaited<ReturnType<ValvoBench[M]>>>;
};
