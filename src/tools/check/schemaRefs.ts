// Every content file names its JSON Schema in "$schema", so an editor completes keys and
// underlines mistakes as they type.
import type { ContentProblem } from '../../content/assemble.ts';
import { schemaRefFor } from '../jsonSchema.ts';
import { label, type VersionTree } from './tree.ts';

export function checkSchemaRefs(tree: VersionTree, problems: ContentProblem[]): void {
  for (const [path, json] of Object.entries(tree.files)) {
    if (typeof json !== 'object' || json === null || Array.isArray(json)) continue;
    const want = schemaRefFor(path.split('/').at(-1)!);
    const has = (json as Record<string, unknown>).$schema;
    if (has !== want) {
      problems.push({
        file: label(tree.version, path),
        path: '$schema',
        message: `${has === undefined ? 'missing' : `is "${String(has)}"`}; use "${want}" so editors can check this file`,
      });
    }
  }
}
