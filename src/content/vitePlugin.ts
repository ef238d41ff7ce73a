// Validates content when Vite starts or builds (a broken file fails the build with
// `file: path: problem`) and serves it as a virtual module, so the browser ships data, not zod.
import type { Plugin } from 'vite';
import { ContentError } from './assemble.ts';
import { contentRoot, latestVersion, loadContent } from './loadFromFiles.ts';

const id = 'virtual:care-path-content';
const resolved = `\0${id}`;

export function careContent(): Plugin {
  return {
    name: 'care-path-content',
    resolveId(source) {
      return source === id ? resolved : undefined;
    },
    configureServer(server) {
      // An edit to any content file reloads the page with the re-validated content.
      server.watcher.add(contentRoot);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(contentRoot)) return;
        const mod = server.moduleGraph.getModuleById(resolved);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
    },
    load(source) {
      if (source !== resolved) return undefined;
      try {
        const version = latestVersion();
        const content = loadContent(version, 'en');
        return `export default ${JSON.stringify(content)};`;
      } catch (e) {
        if (e instanceof ContentError) this.error(e.message);
        throw e;
      }
    },
  };
}
