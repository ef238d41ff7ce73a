// Build step: puts the rendered start page into dist/index.html, with boot.js and the style
// sheet inline (ADR 0014), and starts the app bundle only after the page's `load` event and
// first paint, so the bundle never holds up the paint. See docs/adr/0004-prerendered-start-page.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, minify, transformWithOxc, type Plugin, type ResolvedConfig } from 'vite';
import { chunkIn, mainEntry, reachable } from './bundleGraph.ts';
import { strayFirstVisitModules } from './chunks.ts';
import { careContent } from './contentPlugin.ts';
import { addHashesToHeaders, inlineScriptAndStyle } from './inlineStartPage.ts';

const BOOT = 'boot.js';
/** The `_headers` rules that serve dist/index.html. */
const STANDALONE_PAGES = ['/', '/index.html'];

export function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  // Every chunk the standalone page's entry needs before it can render, so boot.js can fetch
  // them side by side instead of one after another as each import is found.
  let startChunks: string[] = [];
  // Each language's questions, by locale: boot.js fetches the start page's own with the rest.
  const contentChunks = new Map<string, string>();
  return {
    name: 'care-path-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const main = mainEntry(bundle);
      if (!main) return;
      // Its static imports, and the wizard, which launch.tsx imports at once on every visit; not
      // content, which depends on the language chosen at run time.
      const wizard = Object.keys(bundle).find((f) => chunkIn(bundle, f)?.moduleIds.some((id) => id.endsWith('/src/app/wizardEntry.ts')));
      startChunks = reachable(bundle, [...main.imports, ...(wizard ? [wizard] : [])]);
      // Nothing joins a first visit unasked (tasks/chunks.ts).
      const stray = strayFirstVisitModules([main.fileName, ...startChunks].flatMap((f) => chunkIn(bundle, f)?.moduleIds ?? []));
      if (stray.length) {
        this.error(
          `These modules would load on every first visit without a folder that says so: ${stray.join(', ')}. ` +
            'Put a module the first visit needs in a folder of FIRST_VISIT (tasks/chunks.ts), or import it later.',
        );
      }
      for (const c of Object.values(bundle)) {
        const locale = c.type === 'chunk' && c.moduleIds.map((id) => /^\0virtual:care-path-content\/(\w+)$/.exec(id)?.[1]).find(Boolean);
        if (locale) contentChunks.set(locale, c.fileName);
      }
    },
    async closeBundle(error) {
      const outDir = resolve(config.root, config.build.outDir);
      const file = join(outDir, 'index.html');
      // Also called after a failed build (Rolldown passes no error when another plugin's
      // generateBundle failed): with nothing written, the build's own error is the one to show.
      if (error || !existsSync(file)) return;
      const server = await createServer({
        configFile: false,
        root: config.root,
        logLevel: 'error',
        plugins: [react(), careContent()],
        server: { middlewareMode: true, hmr: false, watch: null },
        appType: 'custom',
      });
      try {
        const { renderStartPage } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as typeof import('../src/app/prerender');
        const { html, lang } = renderStartPage();
        let page = readFileSync(file, 'utf8');
        // A replace that finds nothing would ship an empty page that still builds: fail instead.
        for (const needed of ['<div id="root"></div>', '</body>']) {
          if (!page.includes(needed)) throw new Error(`prerender: ${needed} not found in dist/index.html (index.html changed?)`);
        }
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(page);
        if (!entry) throw new Error('prerender: no module script in dist/index.html');
        page = page
          .replace(entry[0], '')
          // The template's indentation between tags is bytes a first visit pays for nothing.
          // Before the start page goes in: its markup keeps every space React wrote.
          .replace(/>\s+</g, '><')
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          .replace('<div id="root"></div>', `<div id="root">${html}</div>`);
        // Vite drops chunks that held only CSS after generateBundle: preload what was written.
        const constants = {
          MAIN: entry[1]!.replace(/^\.?\//, './'),
          PRELOAD: startChunks.filter((f) => existsSync(join(outDir, f))).map((f) => `./${f}`),
          CONTENT: Object.fromEntries([...contentChunks].map(([l, f]) => [l, `./${f}`])),
          LANG: lang,
        };
        // boot.js goes in <head> where the style sheet was, before the styles (ADR 0014): its
        // listeners exist before the Start button is painted, so no tap is ever lost, even when
        // the page comes at once from the offline worker (ADR 0012).
        const inlined = inlineScriptAndStyle(page, await bootScript(constants), (href) => readFileSync(join(outDir, href), 'utf8').trim());
        writeFileSync(file, inlined.page);
        const headers = join(outDir, '_headers');
        if (!existsSync(headers)) throw new Error('prerender: dist/_headers is missing (public/_headers?)');
        writeFileSync(headers, addHashesToHeaders(readFileSync(headers, 'utf8'), STANDALONE_PAGES, inlined));
      } finally {
        await server.close();
      }
    },
  };
}

const BOOT_SOURCE = fileURLToPath(new URL('../src/app/boot.ts', import.meta.url));

/**
 * boot.js from src/app/boot.ts (type-checked with the app): its declared constants become the
 * build's file names and language, then it is minified, as every byte of a first visit counts
 * (ADR 6).
 */
async function bootScript(constants: Record<'MAIN' | 'PRELOAD' | 'CONTENT' | 'LANG', unknown>): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(BOOT_SOURCE, 'utf8'), BOOT_SOURCE, { lang: 'ts' });
  if (!/^export \{\};?$/m.test(code)) throw new Error('prerender: src/app/boot.ts should end with `export {};`');
  const values = Object.entries(constants).map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  // In a block, so nothing leaks to the page's globals and the minifier may drop what it inlined.
  const script = `{const ${values.join(',')};\n${code.replace(/^export \{\};?$/m, '')}}`;
  return (await minify(BOOT, script, { mangle: { toplevel: true }, compress: true })).code;
}
