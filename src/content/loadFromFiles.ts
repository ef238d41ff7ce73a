// Node-only: reads a version's files from disk for the build, the tests and the CLI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleContent, ContentError } from './assemble.ts';
import { localeFiles } from './schema.ts';
import type { Content } from './types';

export const contentRoot = new URL('../../content/', import.meta.url).pathname;

function readJson(file: string, label: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContentError([{ file: label, path: '', message: `not valid JSON (${(e as Error).message})` }]);
  }
}

export function listVersions(root = contentRoot): number[] {
  return readdirSync(root)
    .map((d) => /^v(\d+)$/.exec(d)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

export function loadContent(version: number, locale: string, root = contentRoot): Content {
  const dir = join(root, `v${version}`);
  const files: Record<string, unknown> = { 'content.json': readJson(join(dir, 'content.json'), `content/v${version}/content.json`) };
  for (const name of Object.keys(localeFiles)) {
    files[`${locale}/${name}`] = readJson(join(dir, locale, name), `content/v${version}/${locale}/${name}`);
  }
  return assembleContent({ version, locale, files });
}

export function latestVersion(root = contentRoot): number {
  const versions = listVersions(root);
  const last = versions.at(-1);
  if (last === undefined) throw new Error(`No content versions in ${root}`);
  return last;
}

/**
 * What a care code needs of every version (src/domain/code/careCode.ts): its languages, in the order
 * content.json lists them, and its questions' and options' ids, in content order. A published
 * version never changes, so neither do the codes written for it.
 */
export function codeLayoutsFromFiles(root = contentRoot) {
  return listVersions(root).map((version) => {
    const { locales, defaultLocale } = readJson(join(root, `v${version}`, 'content.json'), `content/v${version}/content.json`) as {
      locales: string[];
      defaultLocale: string;
    };
    const { questions } = loadContent(version, defaultLocale, root);
    return {
      version,
      locales,
      questions: questions.map((q) => ({ id: q.id, kind: q.kind, options: q.options.map((o) => o.id) })),
    };
  });
}
