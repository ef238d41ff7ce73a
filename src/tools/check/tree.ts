// Reads every file of every content version from disk, as raw JSON, without judging it yet.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../../content/assemble.ts';
import { listVersions } from '../../content/loadFromFiles.ts';
import { localeFiles } from '../../content/schema.ts';

export interface VersionTree {
  version: number;
  /** `content.json`, `migration.json`, `truth.json` and `<locale>/<file>.json`, by path inside the version. */
  files: Record<string, unknown>;
  /** Locale folders found on disk. */
  localeDirs: string[];
  /** Files that exist but are not valid JSON (already reported). */
  invalid: Set<string>;
}

export interface ContentTree {
  versions: VersionTree[];
  problems: ContentProblem[];
}

/** The label a problem names a file by: always `content/v<N>/…`, wherever the root is. */
export const label = (version: number, path: string) => `content/v${version}/${path}`;

const INVALID = Symbol('invalid JSON');

function readJson(file: string, name: string, problems: ContentProblem[]): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push({ file: name, path: '', message: `not valid JSON (${(e as Error).message})` });
    return INVALID;
  }
}

export function readContentTree(root: string): ContentTree {
  const problems: ContentProblem[] = [];
  const versions = listVersions(root).map((version): VersionTree => {
    const dir = join(root, `v${version}`);
    const files: Record<string, unknown> = {};
    const invalid = new Set<string>();
    const read = (path: string) => {
      const json = readJson(join(dir, path), label(version, path), problems);
      if (json === INVALID) invalid.add(path);
      else if (json !== undefined) files[path] = json;
    };
    read('content.json');
    read('migration.json');
    read('truth.json');
    const localeDirs = readdirSync(dir)
      .filter((d) => statSync(join(dir, d)).isDirectory())
      .sort();
    for (const locale of localeDirs) for (const name of Object.keys(localeFiles)) read(`${locale}/${name}`);
    return { version, files, localeDirs, invalid };
  });
  return { versions, problems };
}
