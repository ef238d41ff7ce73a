// Each version's locales: every locale content.json lists has a folder, every folder is listed,
// and each listed locale passes the loader's own validation (schemas and cross-references).
import { assembleContent, ContentError, type ContentProblem } from '../../content/assemble.ts';
import { structureSchema, type Structure } from '../../content/schema.ts';
import type { Content } from '../../content/types';
import { label, type VersionTree } from './tree.ts';

export interface AssembledVersion {
  version: number;
  /** content.json when it passes its schema on its own. */
  structure: Structure | undefined;
  /** Each listed locale that assembled without a problem. */
  contents: Record<string, Content>;
}

export function assembleLocales(tree: VersionTree, problems: ContentProblem[]): AssembledVersion {
  const parsed = structureSchema.safeParse(tree.files['content.json']);
  const structure = parsed.success ? parsed.data : undefined;
  const contents: Record<string, Content> = {};
  const listed = structure?.locales ?? [];
  const file = label(tree.version, 'content.json');
  if (tree.invalid.has('content.json')) return { version: tree.version, structure, contents };

  for (const dir of tree.localeDirs) {
    if (structure && !listed.includes(dir)) {
      problems.push({ file, path: 'locales', message: `the folder "${dir}" is not listed; add "${dir}" to locales, or remove the folder` });
    }
  }
  // Without a valid content.json, still try each folder so its own file problems are reported.
  const locales = structure ? listed : tree.localeDirs;
  locales.forEach((locale, i) => {
    if (!tree.localeDirs.includes(locale)) {
      problems.push({ file, path: `locales.${i}`, message: `there is no folder content/v${tree.version}/${locale}/` });
      return;
    }
    if ([...tree.invalid].some((path) => path.startsWith(`${locale}/`))) return;
    try {
      contents[locale] = assembleContent({ version: tree.version, locale, files: tree.files });
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems.push(...e.problems);
    }
  });
  return { version: tree.version, structure, contents };
}
