import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts';

/** The renderer as a plain web app: `npm run web` and the e2e tests serve this build. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  // Icons and print fonts ship with the app; nothing is fetched from the network.
  publicDir: resolve(import.meta.dirname, 'assets'),
  plugins: [react()],
  build: {
    // VALVO_WEB_DIST lets parallel work build and test its own copy; the default is dist/web.
    outDir: resolve(import.meta.dirname, process.env.VALVO_WEB_DIST ?? 'dist/web'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  preview: {
    port: 5173,
    strictPort: false,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
});
