// Validates content when Vite starts or builds (a broken file fails the build with
// `file: path: problem`) and serves it as virtual modules, so the browser ships data, not zod:
//   virtual:care-path-content          the newest version in its default language, whole
//   virtual:care-path-content/<lang>   the questionnaire part in one language (on demand)
//   virtual:care-path-guidance/<lang>  the guidance part in one language (once a person starts)
//   virtual:care-path-locales          the languages, loaders for both parts, the migrations
//   virtual:care-path-codes            every version's care-code layout (loaded with the code field)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ContentError } from '../src/content/assemble.ts';
import { codeLayoutsFromFiles, contentRoot, latestVersion, listVersions, loadContent } from '../src/content/loadFromFiles.ts';
import { migrationSchema, structureSchema } from '../src/content/schema.ts';
import { splitContent } from '../src/content/split.ts';

const prefix = 'virtual:care-path-content';
const guidancePrefix = 'virtual:care-path-guidance';
const localesId = 'virtual:care-path-locales';
const codesId = 'virtual:care-path-codes';

function structure(version: number) {
  const file = join(contentRoot, `v${version}`, 'content.json');
  return structureSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

function migrations() {
  return listVersions()
    .map((v) => join(contentRoot, `v${v}`, 'migration.json'))
    .filter((file) => existsSync(file))
    .map((file) => migrationSchema.parse(JSON.parse(readFileSync(file, 'utf8'))))
    .map(({ $schema: _, ...m }) => m);
}

function moduleFor(id: string): string {
  const version = latestVersion();
  if (id === codesId) return `export const layouts = ${JSON.stringify(codeLayoutsFromFiles())};`;
  if (id === localesId) {
    const { locales, defaultLocale } = structure(version);
    const list = locales.map((code) => ({ code, name: loadContent(version, code).ui.languageName }));
    const loaders = (from: string) =>
      locales.map((code) => `${JSON.stringify(code)}: () => import(${JSON.stringify(`${from}/${code}`)})`).join(', ');
    return [
      `export const locales = ${JSON.stringify(list)};`,
      `export const defaultLocale = ${JSON.stringify(defaultLocale)};`,
      `export const loaders = {${loaders(prefix)}};`,
      `export const guidanceLoaders = {${loaders(guidancePrefix)}};`,
      `export const migrations = ${JSON.stringify(migrations())};`,
    ].join('\n');
  }
  // The planner's page takes the whole default language at once.
  if (id === prefix) return `export default ${JSON.stringify(loadContent(version, structure(version).defaultLocale))};`;
  const [from, locale] = [id.slice(0, id.lastIndexOf('/')), id.slice(id.lastIndexOf('/') + 1)];
  const { questionnaire, guidance } = splitContent(loadContent(version, locale));
  return `export default ${JSON.stringify(from === prefix ? questionnaire : guidance)};`;
}

const isOurs = (id: string) =>
  id === localesId || id === codesId || id === prefix || id.startsWith(`${prefix}/`) || id.startsWith(`${guidancePrefix}/`);

export function careContent(): Plugin {
  return {
    name: 'care-path-content',
    resolveId(source) {
      return isOurs(source) ? `\0${source}` : undefined;
    },
    configureServer(server) {
      // An edit to any content file reloads the page with the re-validated content.
      server.watcher.add(contentRoot);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(contentRoot)) return;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:care-path-')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
    load(source) {
      if (!source.startsWith('\0') || !isOurs(source.slice(1))) return undefined;
      try {
        return moduleFor(source.slice(1));
      } catch (e) {
        if (e instanceof ContentError) this.error(e.message);
        throw e;
      }
    },
  };
}
