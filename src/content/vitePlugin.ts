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
    load(source) {
      if (source !== resolved) return undefined;
      this.addWatchFile(contentRoot);
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
