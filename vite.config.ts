import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { chunkOf } from './tasks/chunks.ts';
import { embedScript } from './tasks/embedScriptPlugin.ts';
import { offlineEnabled, serviceWorker } from './tasks/offlineWorkerPlugin.ts';
import { prerenderStartPage } from './tasks/prerenderPlugin.ts';
import { slimPreloadHelper } from './tasks/slimPreloadPlugin.ts';
import { careContent } from './tasks/contentPlugin.ts';

export default defineConfig({
  // Relative asset URLs so the built site works under any sub-path of a static host.
  base: './',
  plugins: [react(), careContent(), prerenderStartPage(), slimPreloadHelper(), embedScript(), serviceWorker()],
  // CARE_PATH_OFFLINE=off builds the kill switch: no registration, and a sw.js that retires (ADR 0012).
  define: { __CARE_PATH_OFFLINE__: JSON.stringify(offlineEnabled()) },
  build: {
    target: 'es2022',
    // No preload links from Vite's helper: each costs main-thread time at start-up, and boot.js
    // preloads the entry's chunks (tasks/prerenderPlugin.ts). A lazy chunk's CSS still loads.
    modulePreload: false,
    sourcemap: false,
    // The planner page is its own entry, so its QR code library never loads for families.
    rolldownOptions: {
      // embed.js is built on its own, as one file (tasks/embedScriptPlugin.ts).
      input: { main: 'index.html', planner: 'planner.html', embedded: 'embed.html' },
      output: {
        // Two chunks for a first visit, each evaluated in a task of its own (tasks/chunks.ts).
        codeSplitting: { groups: [{ name: chunkOf, debugName: 'first visit: start, wizard' }] },
        entryFileNames: 'assets/[name]-[hash].js',
        // A language's two content parts would both be named after it; tell them apart.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.startsWith('\0virtual:care-path-guidance/'))
            ? 'assets/guidance-[name]-[hash].js'
            : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
