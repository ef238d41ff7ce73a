// `npm run content:diff -- <version | folder | git revision>`: walks every answer set of the latest
// content (the working tree's content/) and lists those whose outcome or order differs from what
// an older content gives, grouped by (old outcome → new outcome), each with its plainest example.
//   1, 2 …     another version folder in content/
//   a folder   a content root elsewhere (holding v1/, v2/ …, or a content/ folder that does)
//   HEAD~3 …   the content/ tree at a git revision (its latest version)
// Exit status 1 when the old content cannot be found or read; a difference is not a failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import {
  diffContents,
  DiffError,
  formatDiff,
  readableContent,
  type ContentDiff,
  type DiffOptions,
} from '../src/tools/check/contentDiff.ts';
import { contentRoot, latestVersion, listVersions, loadContent } from '../src/content/loadFromFiles.ts';
import { migrateAnswersThrough, type Migration } from '../src/content/migrate.ts';
import { migrationSchema } from '../src/content/schema.ts';
import type { Content } from '../src/content/types.ts';
import { realDomain } from '../src/tools/check/reachability.ts';

const projectRoot = new URL('..', import.meta.url).pathname;
const LOCALE = 'en';

export interface OldContent {
  content: Content;
  /** How the report names it: `content/v1`, `HEAD~3: v1`, `<folder>: v1`. */
  label: string;
}

const git = (args: string[]) => execFileSync('git', args, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });

/** Reads the latest version under `root`; content today's schemas reject is a DiffError naming `label`. */
export function contentAt(root: string, where: string): OldContent {
  const content = readableContent(where, () => loadContent(latestVersion(root), LOCALE, root));
  return { content, label: `${where}: v${content.version}` };
}

/** The content `target` names (see the top of this file); throws a DiffError when it cannot. */
export function oldContentFrom(target: string, root = contentRoot): OldContent {
  if (/^v?\d+$/.test(target)) {
    const version = Number(target.replace(/^v/, ''));
    if (!listVersions(root).includes(version)) {
      throw new DiffError(`there is no content/v${version} (versions: ${listVersions(root).join(', ') || 'none'})`);
    }
    return { content: readableContent(`content/v${version}`, () => loadContent(version, LOCALE, root)), label: `content/v${version}` };
  }
  if (existsSync(target) && statSync(target).isDirectory()) {
    const nested = join(target, 'content');
    const dir = existsSync(nested) && statSync(nested).isDirectory() ? nested : target;
    return contentAt(dir, target);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${target}^{commit}`]);
  } catch {
    throw new DiffError(`unknown revision "${target}": not a content version number, a folder or a git revision`);
  }
  const prefix = git(['rev-parse', '--show-prefix']).toString().trim();
  const dir = mkdtempSync(join(tmpdir(), 'content-diff-'));
  try {
    let tar: Buffer;
    try {
      tar = git(['archive', '--format=tar', target, '--', `${prefix}content`]);
    } catch {
      throw new DiffError(`there is no content/ folder at ${target}`);
    }
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    return contentAt(join(dir, prefix, 'content'), target);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The migrations from `from` up to `to`, from this tree's `v<N>/migration.json` files; none when
 * each keeps every id (the answers are then read as they are). A note says when the chain is broken.
 */
export function migrationsBetween(from: number, to: number, root = contentRoot): { migrate?: DiffOptions['migrate']; note?: string } {
  if (from >= to) return {};
  const chain: Migration[] = [];
  for (let v = from + 1; v <= to; v++) {
    const file = join(root, `v${v}`, 'migration.json');
    const parsed = existsSync(file) ? migrationSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
    if (!parsed?.success) return { note: `no readable content/v${v}/migration.json: old answers read as they are` };
    chain.push(parsed.data);
  }
  if (chain.every((m) => Object.keys(m.questions).length === 0)) return {};
  return { migrate: (answers) => migrateAnswersThrough(chain, answers as Record<string, string[]>) };
}

export function runDiff(
  target: string,
  options: Pick<DiffOptions, 'filter'> = {},
  root = contentRoot,
): { diff: ContentDiff; lines: string[] } {
  const newVersion = latestVersion(root);
  const newContent = readableContent(`content/v${newVersion}`, () => loadContent(newVersion, LOCALE, root));
  const old = oldContentFrom(target, root);
  const { migrate, note } = migrationsBetween(old.content.version, newVersion, root);
  const diff = diffContents(old.content, newContent, realDomain, { ...options, ...(migrate && { migrate }) });
  const newLabel = `${relative(projectRoot, root) || '.'}/v${newVersion} (working tree)`;
  return { diff, lines: [...formatDiff(diff, old.label, newLabel), ...(note ? [`  note: ${note}`] : [])] };
}

function main(args: string[]): number {
  const target = args.find((a) => a !== '--');
  if (!target) {
    process.stderr.write('usage: npm run content:diff -- <version number | folder | git revision>\n');
    return 1;
  }
  const started = performance.now();
  try {
    const { lines } = runDiff(target);
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (e) {
    if (!(e instanceof DiffError)) throw e;
    process.stderr.write(`content:diff: ${e.message}\n`);
    return 1;
  }
  process.stderr.write(`content:diff: took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

if (process.argv[1] && resolve(new URL(import.meta.url).pathname) === resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
