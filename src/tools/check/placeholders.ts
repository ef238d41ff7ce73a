// `{placeholders}` are filled by code, so every translation must use the same ones as the
// default locale: a renamed or dropped one would show "{total}" or lose a number on screen.
import type { ContentProblem } from '../../content/assemble.ts';
import { localeFiles } from '../../content/schema.ts';
import { stringsOf } from './jsonPaths.ts';
import { label, type VersionTree } from './tree.ts';

const placeholdersIn = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`))].sort();

/** Strings compared one by one, except inside arrays, whose items may differ: compared whole. */
function placeholderMap(json: unknown): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of stringsOf(json)) {
    const path = s.path.replace(/\.\d+(?=\.|$).*$/, '');
    map.set(path, [...new Set([...(map.get(path) ?? []), ...placeholdersIn(s.text)])].sort());
  }
  return map;
}

export function checkPlaceholders(tree: VersionTree, defaultLocale: string, locales: readonly string[], problems: ContentProblem[]): void {
  for (const name of Object.keys(localeFiles)) {
    const reference = tree.files[`${defaultLocale}/${name}`];
    if (reference === undefined) continue;
    const expected = placeholderMap(reference);
    for (const locale of locales) {
      const json = tree.files[`${locale}/${name}`];
      if (locale === defaultLocale || json === undefined) continue;
      for (const [path, used] of placeholderMap(json)) {
        const want = expected.get(path);
        if (!want || want.join() === used.join()) continue;
        const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'none');
        problems.push({
          file: label(tree.version, `${locale}/${name}`),
          path,
          message: `uses ${list(used)} but ${label(tree.version, `${defaultLocale}/${name}`)} uses ${list(want)}; placeholders must be the same`,
        });
      }
    }
  }
}
