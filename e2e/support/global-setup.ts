import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { preview } from 'vite';

declare module 'vitest' {
  // Module augmentation of vitest's context needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves the built web app (dist/web, built by `npm run test:e2e`) with the production CSP
 * header, on a free port, for every e2e spec.
 */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  const dist = process.env.VALVO_WEB_DIST ?? 'dist/web';
  if (!existsSync(resolve(root, dist, 'index.html'))) {
    throw new Error(
      `${dist} is missing: run \`npm run build:web\` first (npm run test:e2e does it).`,
    );
  }
  const server = await preview({
    configFile: resolve(root, 'vite.web.config.ts'),
    preview: { port: 0, host: '127.0.0.1', open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
