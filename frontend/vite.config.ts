/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA is always served on port 5173: Keycloak's `tandem-web` client only accepts
// redirects back to http://localhost:5173/* and http://127.0.0.1:5173/*.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // nhsuk-frontend's CSS points at its icons as /assets/images/...: bundle them from the package.
      {
        find: /^\/assets\/images\//,
        replacement: fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images/', import.meta.url)),
      },
    ],
  },
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: { port: 5173, strictPort: true, host: 'localhost' },
  build: {
    // nhsuk-frontend's CSS carries an `@media screen\0` hack that Vite 8's CSS minifier
    // rejects; the stylesheet we import is minified already.
    cssMinify: false,
    sourcemap: true,
    // scripts/bundle-size.mjs holds the budget that matters: the initial JS, gzipped.
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
