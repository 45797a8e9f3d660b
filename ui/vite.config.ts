import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { shippedFonts } from './fonts.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [shippedFonts(), svelte()],
  // Relative asset paths: the desktop shell serves the build from its own
  // protocol, and the UI tests serve it from a local folder.
  base: './',
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    // The locale files live beside ui/, shared with the Rust side.
    fs: { allow: [repo] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: URLs for fonts: the CSP allows only files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
