import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerenderStartPage } from './src/app/prerenderPlugin.ts';
import { careContent } from './src/content/vitePlugin.ts';

export default defineConfig({
  // Relative asset URLs so the built site works under any sub-path of a static host.
  base: './',
  plugins: [react(), careContent(), prerenderStartPage()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The planner page is its own entry, so its QR code library never loads for families.
    rolldownOptions: { input: { main: 'index.html', planner: 'planner.html' } },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
