// `npm run content:table`: writes docs/decision-table.md, the decision table of the latest content
// version (English words): the spread of outcomes, the goals, each answer's pull, ties and leans,
// how often one changed answer flips the result, and worked examples. Deterministic, so
// tests/walks/decisionTable.test.ts can tell when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decisionTable } from '../src/tools/check/decisionTable.ts';
import { contentRoot, latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import { structureSchema } from '../src/content/schema.ts';
import type { Goals } from '../src/content/schema/goals.ts';
import { realDomain } from '../src/tools/check/reachability.ts';

export const tableFile = new URL('../docs/decision-table.md', import.meta.url).pathname;

/** The goals a version's content.json sets (they are not part of the assembled content). */
export function goalsOf(version: number, root = contentRoot): Goals | undefined {
  const raw: unknown = JSON.parse(readFileSync(join(root, `v${version}`, 'content.json'), 'utf8'));
  return structureSchema.parse(raw).goals;
}

/** The whole document for the latest version under `root`, as the script writes it. */
export function decisionTableDocument(root = contentRoot): string {
  const version = latestVersion(root);
  const content = loadContent(version, 'en', root);
  return decisionTable({ content, goals: goalsOf(version, root), domain: realDomain });
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const started = performance.now();
  writeFileSync(tableFile, decisionTableDocument());
  console.log(`wrote docs/decision-table.md (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
