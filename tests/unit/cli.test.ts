import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { pageTexts, parseAnswerText, resultPage } from '../../src/domain';

const root = resolve(import.meta.dirname, '../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

function run(...args: string[]) {
  const r = spawnSync(tsx, ['scripts/recommend.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run recommend', () => {
  it('prints the recommendation as JSON only', () => {
    const r = run('#now=hospital&next=home&travel=flight&escort=yes&needs=coordination,medications&works_for=unsure&pay=yes&family=far');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ contentVersion: 3, outcome: 'both', order: ['case-manager', 'care-manager'], mixed: true });
    expect(json.extras).toContainEqual(expect.objectContaining({ id: 'medical-escort' }));
    expect(json.reasons[0]).toEqual(
      expect.objectContaining({ question: 'now', answer: 'hospital', role: 'case-manager', text: expect.any(String) }),
    );
    expect(Object.keys(json.scores).sort()).toEqual(['care-manager', 'case-manager']);
  });

  it('accepts a whole URL', () => {
    const r = run('https://example.org/#now=home&next=home&travel=none&needs=medications,visits&works_for=family&pay=yes&family=far');
    expect(JSON.parse(r.out).order).toEqual(['care-manager']);
  });

  it('names each missing or invalid key with the values it accepts, exit status 2', () => {
    const r = run('now=moon&next=home');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('now: "moon" is not an answer; use one of hospital, facility, outpatient, home');
    expect(r.err).toContain('travel: missing; use one of flight, regular, none, unsure');
    expect(r.err).toContain('needs: missing; use one or more of coordination');
    expect(r.err).not.toContain('escort');
  });

  it('--page prints the page a family reads, each text with its content keys, one line per input with --stdin', () => {
    const text = 'now=home&next=home&travel=none&needs=costs&works_for=unsure&pay=unsure&family=none';
    const content = loadContent(latestVersion(), 'en');
    const today = new Date().toISOString().slice(0, 10);
    const expected = pageTexts(resultPage(content, parseAnswerText(content, text).answers, { today, reviewed: content.reviewed }));
    const single = JSON.parse(run('--page', text).out);
    expect(pageTexts(single.page)).toEqual(expected);
    expect(single.page.heading.keys).toEqual(['outcomes/outcomes.care-setting.heading']);
    const r = spawnSync(tsx, ['scripts/recommend.ts', '--stdin', '--page'], { cwd: root, encoding: 'utf8', input: `${text}\nnow=moon\n` });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(pageTexts(JSON.parse(lines[0]!).page)).toEqual(expected);
    expect(JSON.parse(lines[1]!)).toMatchObject({ line: 2 });
  });
});
