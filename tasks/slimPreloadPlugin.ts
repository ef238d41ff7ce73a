// Build step: a smaller stand-in for Vite's dynamic-import helper (ADR 0006).
//
// Vite wraps every `import()` in `__vitePreload(load, deps, importerUrl)`, a 1.5 kB helper
// that also preloads JavaScript. With `build.modulePreload: false` its only job left is to
// load a lazy chunk's CSS first (the check page and result bring `guidance.css`), so this
// version does just that, in a tenth of the size and of the main-thread time. If Vite ever
// renames the helper, the build fails (below) rather than ship Vite's own helper silently.
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

// `deps` are URLs relative to the importing chunk (the build uses a relative base). A sheet
// that failed to load is removed, so a later try (the "Try again" button) fetches it afresh.
const HELPER = `export const __vitePreload = (load, deps, importerUrl) =>
  Promise.all((deps || []).filter((d) => d.endsWith('.css')).map((d) => {
    const href = new URL(d, importerUrl).href;
    if ([...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.href === href)) return;
    return new Promise((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = resolve;
      link.onerror = () => { link.remove(); reject(new Error('Could not load ' + href)); };
      document.head.append(link);
    });
  })).then(() => load());
`;

export function slimPreloadHelper(): Plugin {
  let served = false;
  return {
    name: 'care-path-slim-preload-helper',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      served = false;
    },
    load(id) {
      if (id !== HELPER_ID) return undefined;
      served = true;
      return HELPER;
    },
    // Vite leaves `/* empty css */` where a chunk imported CSS (to keep source maps aligned;
    // this build has none): 30 bytes of a first visit's entry for nothing.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const lazy = Object.values(bundle).some((c) => c.type === 'chunk' && c.dynamicImports.length > 0);
        if (lazy && !served) {
          this.error(
            `slim preload helper: the build has dynamic imports but never loaded ${JSON.stringify(HELPER_ID)}; Vite must have renamed its helper (update HELPER_ID in tasks/slimPreloadPlugin.ts)`,
          );
        }
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = chunk.code.replace(/\/\* empty css +\*\//g, '');
        }
      },
    },
  };
}
