// An id (any object key) present in one locale's file and missing from another's. The loader
// checks each locale against content.json; this also catches words only one language has
// (an uncited duty, a UI string), so no language silently falls behind.
import type { ContentProblem } from '../../content/assemble.ts';
import { localeFiles } from '../../content/schema.ts';
import { keyPaths } from './jsonPaths.ts';
import { label, type VersionTree } from './tree.ts';

export function checkLocaleParity(tree: VersionTree, locales: readonly string[], problems: ContentProblem[]): void {
  for (const name of Object.keys(localeFiles)) {
    const present = locales.filter((l) => tree.files[`${l}/${name}`] !== undefined);
    const paths = new Map(present.map((l) => [l, new Set(keyPaths(tree.files[`${l}/${name}`]))]));
    for (const locale of present) {
      const mine = paths.get(locale)!;
      const reported: string[] = [];
      for (const other of present) {
        if (other === locale) continue;
        for (const path of paths.get(other)!) {
          // Report the outermost missing key only: a missing question, not each of its options.
          if (mine.has(path) || reported.some((r) => path.startsWith(`${r}.`)) || reported.includes(path)) continue;
          reported.push(path);
          problems.push({
            file: label(tree.version, `${locale}/${name}`),
            path,
            message: `missing; ${label(tree.version, `${other}/${name}`)} has it`,
          });
        }
      }
    }
  }
}
