import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/content/assemble';
import { contentRoot, latestVersion, listVersions, loadContent } from '../../src/content/loadFromFiles';

// The content a family is shown today; older versions are only read for old links (linkVersions, migrate).
const latest = latestVersion();
const folder = `content/v${latest}`;
/** A problem line in the latest version's folder: `pattern` is a regex source for the rest. */
const problemAt = (pattern: string) => expect.stringMatching(new RegExp(`^content/v${latest}/${pattern}`));

/** A throwaway copy of the shipped content, its latest version edited by `change`, then loaded. */
// biome-ignore lint/suspicious/noExplicitAny: raw JSON, edited at any depth as an editor would
function loadEdited(file: string, change: (json: any) => void) {
  const root = mkdtempSync(join(tmpdir(), 'cpw-content-'));
  cpSync(contentRoot, root, { recursive: true });
  const path = join(root, `v${latest}`, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
  return () => loadContent(latest, 'en', root);
}

function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map(formatProblem);
    throw e;
  }
  throw new Error('expected the content to be rejected');
}

describe('shipped content', () => {
  it('every version loads in English', () => {
    for (const v of listVersions()) expect(loadContent(v, 'en').version).toBe(v);
  });

  // The table in README.md ("The answer vocabulary"): links and integrations depend on it.
  it('covers the public answer vocabulary exactly', () => {
    const content = loadContent(latest, 'en');
    const vocabulary = Object.fromEntries(content.questions.map((q) => [q.id, q.options.map((o) => o.id)]));
    expect(vocabulary).toEqual({
      now: ['hospital', 'facility', 'outpatient', 'home'],
      next: ['facility', 'home', 'mixed', 'unsure'],
      travel: ['flight', 'regular', 'none', 'unsure'],
      escort: ['yes', 'no', 'unsure'],
      needs: ['coordination', 'recovery', 'costs', 'insurance', 'medications', 'visits', 'rights', 'emotional'],
      works_for: ['facility', 'family', 'unsure'],
      pay: ['yes', 'no', 'unsure'],
      family: ['nearby', 'far', 'none'],
    });
    expect(content.questions.find((q) => q.id === 'needs')?.kind).toBe('multiple');
    expect(content.questions.find((q) => q.id === 'escort')?.showIf).toEqual({ travel: ['flight'] });
    expect(content.questions.find((q) => q.id === 'pay')?.showIf).toEqual({ works_for: ['family', 'unsure'] });
  });

  it('names ACMA, ALCA and the facility case management department, and gives no prices', () => {
    const text = JSON.stringify(loadContent(latest, 'en'));
    expect(text).toContain('American Case Management Association');
    expect(text).toContain('Aging Life Care Association');
    expect(text).toContain('case management department');
    expect(text).not.toMatch(/\$\s?\d/);
  });
});

describe('invalid content is rejected with file, path and problem', () => {
  it('a wrong type inside a question', () => {
    const load = loadEdited('content.json', (c) => (c.questions[0].options[0].supports[0].points = 'many'));
    expect(problemsOf(load)).toContainEqual(problemAt(String.raw`content\.json: questions\.0\.options\.0\.supports\.0\.points: .*number`));
  });

  it('an option without words in the locale', () => {
    const load = loadEdited('en/questions.json', (q) => delete q.questions.now.options.home);
    expect(problemsOf(load)).toContain(`${folder}/en/questions.json: questions.now.options.home: no wording for this option`);
  });

  it('a weight citing a duty the profile does not have', () => {
    const load = loadEdited('content.json', (c) => (c.questions[0].options[0].supports[0].duty = 'flying'));
    expect(problemsOf(load)).toContainEqual(
      expect.stringContaining(`${folder}/en/profiles.json: roles.case-manager.duties.flying: missing`),
    );
  });

  it('a skip condition naming an unknown answer or a later question', () => {
    const load = loadEdited('content.json', (c) => (c.questions[3].showIf = { travel: ['boat'], family: ['far'] }));
    const problems = problemsOf(load);
    expect(problems).toContain(`${folder}/content.json: questions.3.showIf.travel: "boat" is not an option of "travel"`);
    expect(problems).toContain(`${folder}/content.json: questions.3.showIf.family: a condition may only depend on an earlier question`);
  });

  it('a missing file and broken JSON', () => {
    expect(problemsOf(loadEdited('en/ui.json', (u) => delete u.start))).toContainEqual(problemAt(String.raw`en/ui\.json: start: `));
    const root = mkdtempSync(join(tmpdir(), 'cpw-content-'));
    cpSync(contentRoot, root, { recursive: true });
    writeFileSync(join(root, `v${latest}`, 'en', 'profiles.json'), '{ "roles": ');
    expect(problemsOf(() => loadContent(latest, 'en', root))[0]).toEqual(
      problemAt(String.raw`en/profiles\.json: \(top level\): not valid JSON`),
    );
  });

  it('a review date that is not a date', () => {
    const load = loadEdited('content.json', (c) => (c.reviewed = 'last spring'));
    expect(problemsOf(load)).toContainEqual(problemAt(String.raw`content\.json: reviewed: `));
  });
});
