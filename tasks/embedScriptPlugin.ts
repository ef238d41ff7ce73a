// embed.js is pasted into agencies' pages as a classic <script async>: it must be one file with
// no imports. In the site's build it would share src/embed/protocol.ts with the embedded page
// as a chunk of its own, so it is built on its own, afterwards, as one self-contained IIFE.
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

const entry = fileURLToPath(new URL('../src/embed/embed.ts', import.meta.url));

export function embedScript(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'care-path-embed-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: config.root,
        logLevel: 'warn',
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          target: 'es2022',
          copyPublicDir: false,
          lib: { entry, formats: ['iife'], name: 'carePathWizardEmbed', fileName: () => 'embed.js' },
        },
      });
    },
  };
}
