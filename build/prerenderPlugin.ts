// Build step: puts the rendered start page into dist/index.html and starts the app bundle
// only after the page's `load` event and first paint, so the bundle never holds up the paint.
// See docs/adr/0004-prerendered-start-page.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, minify, type Plugin, type ResolvedConfig } from 'vite';
import { careContent } from './contentPlugin.ts';

const BOOT = 'boot.js';

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
      const chunk = (name: string) => {
        const c = bundle[name];
        return c?.type === 'chunk' ? c : undefined;
      };
      const main = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'main');
      if (main?.type !== 'chunk') return;
      const found = new Set<string>();
      const visit = (name: string) => {
        if (found.has(name)) return;
        found.add(name);
        for (const dep of chunk(name)?.imports ?? []) visit(dep);
      };
      // Its static imports, and the wizard, which launch.tsx imports at once on every visit; not
      // content, which depends on the language chosen at run time.
      main.imports.forEach(visit);
      const wizard = Object.keys(bundle).find((f) => chunk(f)?.moduleIds.some((id) => id.endsWith('/src/app/wizardParts.ts')));
      if (wizard) visit(wizard);
      startChunks = [...found];
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
          .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
          // A classic script in <head>, before the style sheet (so it need not wait for it):
          // its listeners exist before the Start button is painted, so no tap is ever lost, even
          // when the page comes at once from the offline worker (ADR 0012). It is 0.6 kB, fetched
          // side by side with the style sheet, and only listens until the paint and `load`.
          .replace(/(\s*)<link rel="stylesheet"/, `$1<script src="./${BOOT}"></script>$1<link rel="stylesheet"`)
          // Vite marks the style sheet `crossorigin`; it is same-origin, so that changes nothing
          // but the page's bytes.
          .replace(/(<link rel="stylesheet") crossorigin/, '$1');
        if (!page.includes(`src="./${BOOT}"`)) throw new Error('prerender: no style sheet link to put boot.js before');
        writeFileSync(file, page);
        const target = JSON.stringify(entry[1]!.replace(/^\.?\//, './'));
        // Vite drops chunks that held only CSS after generateBundle: preload what was written.
        const preload = JSON.stringify(startChunks.filter((f) => existsSync(join(outDir, f))).map((f) => `./${f}`));
        // And the questions in the language launch.tsx will most likely choose (the link's
        // `lang`, else the browser's first language we have, else the start page's), or it
        // would fetch them only once the bundle has run: one more round trip on a slow network.
        // A guess (the language chosen earlier in the tab and case are left out): a wrong one
        // costs only the 2 kB preloaded for nothing.
        const content = JSON.stringify(Object.fromEntries([...contentChunks].map(([l, f]) => [l, `./${f}`])));
        const guess = `const c=${content},w=[/[#&]lang=(\\w\\w)/.exec(location.hash)?.[1],...navigator.languages].map(l=>l?.slice(0,2)).find(l=>c[l])||${JSON.stringify(lang)};`;
        const boot =
          // After `load` and the first contentful paint, so the bundle never competes with that
          // paint; or at once if the person starts interacting before then. The entry's chunks
          // are preloaded (fetched, not run) in the next task, to keep this one short.
          guess +
          `let s,n=0;const go=()=>{if(!s){s=import(${target});setTimeout(()=>{for(const h of [...${preload},c[w]]){const l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.append(l)}})}};` +
          // Run from <head>: `load` is always still to come. The first contentful paint comes
          // once; go() runs once, whatever calls it, so no listener needs removing.
          `const one=()=>{++n===2&&setTimeout(go)};addEventListener('load',one);` +
          `try{new PerformanceObserver(l=>{l.getEntries().some(e=>e.name==='first-contentful-paint')&&one()}).observe({type:'paint',buffered:true})}catch{one()}` +
          `setTimeout(()=>n<2&&go(),3000);for(const t of['pointerdown','keydown','touchstart'])addEventListener(t,go,true);` +
          // A tap on Start before the app runs is kept: said at once (politely, in a status
          // region), then launch.tsx opens question 1 as soon as it can. No second tap.
          `addEventListener('click',e=>{const d=document.documentElement,b=e.target.closest?.('.button--start');if(b&&!d.hasAttribute('data-ready')){e.preventDefault();d.setAttribute('data-start-pending','');b.nextSibling.textContent=b.dataset.starting;go()}},true);\n`;
        // Minified: every byte of a first visit counts (ADR 0006). Its top-level names are shared
        // by classic scripts only, and boot.js is the page's one classic script.
        writeFileSync(join(outDir, BOOT), (await minify(BOOT, boot, { mangle: { toplevel: true } })).code);
      } finally {
        await server.close();
      }
    },
  };
}
