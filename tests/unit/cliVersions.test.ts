// `npm run recommend` reads text written for an older content version as the browser reads such
// a link: through every version's migration, to the current version's recommendation.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allAnswerTexts } from '../../scripts/allAnswerSets.ts';
import { check, outputOf } from '../../scripts/recommend/output.ts';
import { BATCH_LINES, WORKERS_AFTER_LINES } from '../../scripts/recommend/lines.ts';
import { migrationsFromFiles, readOptions } from '../../scripts/recommend/migrations.ts';
import { migratorFor, prefillFromText } from '../../src/app/journey/linkIntake.ts';
import { loadContent } from '../../src/content/loadFromFiles.ts';
import { recommend } from '../../src/domain/index.ts';
import { contentNext, migrationToNext, nextVersion, shippedMigrations, shippedVersion } from '../fixtures/contentNext.ts';

const root = resolve(import.meta.dirname, '../..');
const shipped = loadContent(shippedVersion, 'en');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/recommend.ts', ...args], { cwd: root, encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Under v1 this was "both"; the current rule says "case-manager" (linkVersions.test.ts).
const V1_LINK = '#v=1&now=hospital&next=facility&travel=regular&needs=coordination,recovery,costs,emotional&works_for=facility&family=far';

/** What the browser shows for a link: the app's link intake with the shipped migrations, then the domain. */
function browserResult(link: string, brief = false) {
  const prefill = prefillFromText(shipped, link, 'care-team', { migrate: migratorFor(shippedMigrations(), shippedVersion) });
  expect(prefill?.versionStatus).toBe('migrated');
  return outputOf(recommend(shipped, prefill!.answers), brief ? 'brief' : 'full');
}

describe('npm run recommend, a link of an older content version', () => {
  it('gives the recommendation the browser gives for the same v1 link, under the current version', () => {
    const r = run([V1_LINK]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toEqual(browserResult(V1_LINK));
    expect(json).toMatchObject({ contentVersion: shippedVersion, outcome: 'case-manager' });
  });

  it('--stdin: the same, in the main thread and in worker threads; an unknown version is still an error', () => {
    // Line 1 is answered by the main thread; the last lines by workers (past WORKERS_AFTER_LINES,
    // batches hold at most BATCH_LINES).
    const LAST = WORKERS_AFTER_LINES + BATCH_LINES + 10;
    const texts: string[] = [];
    for (const text of allAnswerTexts(shipped)) {
      texts.push(text);
      if (texts.length === LAST) break;
    }
    texts[0] = V1_LINK;
    texts[1] = V1_LINK.replace('v=1', 'v=9');
    texts[LAST - 5] = V1_LINK;
    const r = run(['--stdin', '--brief'], `${texts.join('\n')}\n`);
    expect(r.err).toBe('');
    expect(r.code).toBe(2);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(texts.length + 1);
    expect(JSON.parse(lines[0]!)).toEqual(browserResult(V1_LINK, true));
    expect(JSON.parse(lines[LAST - 5]!)).toEqual(browserResult(V1_LINK, true));
    expect(JSON.parse(lines[1]!)).toEqual({ line: 2, error: `v: content version 9 is not known; this is version ${shippedVersion}` });
  }, 60_000);
});

describe('the migrations the command line reads', () => {
  it('are those the browser gets, read from each version folder, through a migration that renames', () => {
    expect(migrationsFromFiles()).toEqual(shippedMigrations());
    const { root: nextRoot, content: next } = contentNext();
    const migrations = migrationsFromFiles(nextRoot);
    expect(migrations).toEqual([...shippedMigrations(), migrationToNext]);
    // works_for=facility: the question added in version 3 (pay) is not asked, so the old link is complete.
    const text = `v=1&now=home&next=home&travel=none&needs=visits&works_for=facility&family=far`;
    const checked = check(next, text, readOptions(migrations, nextVersion));
    expect(checked).toMatchObject({ ok: true, recommendation: { contentVersion: nextVersion } });
    const browser = prefillFromText(next, text, 'care-team', {
      migrate: migratorFor([...shippedMigrations(), migrationToNext], nextVersion),
    });
    expect(browser?.answers.employer).toEqual(['facility']);
    expect(checked.ok && checked.recommendation).toEqual(recommend(next, browser!.answers));
  });
});
