// Build step: writes dist/sw.js, the service worker that keeps the standalone page working
// offline (docs/adr/0012-offline-service-worker.md). Its file list comes from the bundle, so
// hashed names are always right: everything the standalone page can ever load (both languages,
// both content parts, the later screens and their CSS), never the planner or the embedded page.
// VERSION hashes the files' contents, so any change to what a family gets is a new worker.
//
// CARE_PATH_OFFLINE=off at build time retires the worker instead (the kill switch): sw.js then
// deletes the caches and unregisters itself, and the page stops registering one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify, type Plugin, type ResolvedConfig } from 'vite';
import { linkedCss, mainEntry, reachable } from './bundleGraph.ts';

export const WORKER_FILE = 'sw.js';
export const offlineEnabled = () => process.env.CARE_PATH_OFFLINE !== 'off';

const source = (name: string) => readFileSync(new URL(`../src/app/offline/${name}`, import.meta.url), 'utf8');

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  let assets: string[] = [];
  return {
    name: 'care-path-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const main = mainEntry(bundle);
      if (!main) return;
      // Not the style sheet the page carries inline (tasks/inlineStartPage.ts).
      const inline = new Set(linkedCss(bundle, main.fileName));
      assets = reachable(bundle, [main.fileName], true).filter((f) => !inline.has(f));
    },
    closeBundle: {
      // After the start page is prerendered into index.html.
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        if (!offlineEnabled()) {
          writeFileSync(join(outDir, WORKER_FILE), (await minify(WORKER_FILE, source('retire.js'))).code);
          return;
        }
        // Vite drops chunks that held only CSS after generateBundle: list what was written.
        const files = ['index.html', ...assets].filter((f) => existsSync(join(outDir, f)));
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update(readFileSync(join(outDir, f)));
        // The page is cached under its directory URL: hosts redirect /index.html to it.
        const urls = files.map((f) => (f === 'index.html' ? './' : `./${f}`));
        const code = `const FILES=${JSON.stringify(urls)},VERSION=${JSON.stringify(hash.digest('base64url').slice(0, 12))};\n${source('worker.js')}`;
        writeFileSync(join(outDir, WORKER_FILE), (await minify(WORKER_FILE, code, { compress: { target: 'es2022' } })).code);
      },
    },
  };
}
