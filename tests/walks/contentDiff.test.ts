// content:diff compares the outcome of every answer set between two contents. The walk of all
// 220k answer sets takes seconds per content, so these tests compare a fixed sample (every 7th).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffContents, DiffError } from '../../src/tools/check/contentDiff';
import { latestVersion, listVersions, loadContent } from '../../src/content/loadFromFiles';
import { recommend, visibleQuestions } from '../../src/domain';
import { oldContentFrom, runDiff } from '../../scripts/content-diff';

const sample = { filter: (_: unknown, n: number) => n % 7 === 0 };
const domain = { recommend, visibleQuestions };
const temp = mkdtempSync(join(tmpdir(), 'content-diff-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('content:diff', () => {
  it('v1 against the latest: some answer sets change, and the groups add up', { timeout: 120_000 }, () => {
    expect(listVersions()).toContain(1);
    const { diff, lines } = runDiff('1', sample);
    expect(diff.oldVersion).toBe(1);
    expect(diff.newVersion).toBe(latestVersion());
    expect(diff.compared).toBeGreaterThan(1000);
    expect(diff.changed).toBeGreaterThan(0);
    expect(diff.groups.reduce((n, g) => n + g.count, 0)).toBe(diff.changed);
    for (const g of diff.groups) expect(g.from).not.toBe(g.to);
    expect(diff.groups.map((g) => g.count)).toEqual([...diff.groups.map((g) => g.count)].sort((a, b) => b - a));
    expect(lines[1]).toBe(
      `${diff.changed.toLocaleString('en-US')} of ${diff.compared.toLocaleString('en-US')} answer sets change outcome or order`,
    );
  });

  it('the latest against itself: nothing changes', { timeout: 120_000 }, () => {
    const content = loadContent(latestVersion(), 'en');
    const diff = diffContents(content, content, domain, sample);
    expect(diff.compared).toBeGreaterThan(1000);
    expect(diff.changed).toBe(0);
    expect(diff.groups).toEqual([]);
  });

  it('old content today’s schemas cannot read gives a clear error', () => {
    const root = join(temp, 'content');
    mkdirSync(join(root, 'v1', 'en'), { recursive: true });
    writeFileSync(join(root, 'v1', 'content.json'), JSON.stringify({ version: 1, roles: ['a'] }));
    expect(() => oldContentFrom(temp)).toThrow(DiffError);
    expect(() => oldContentFrom(temp)).toThrow(/^content at .* cannot be read by today's schemas: content\/v1\/content\.json: /);
  });

  it('an unknown revision or version gives a clear error', () => {
    expect(() => oldContentFrom('no-such-revision-xyz')).toThrow(/unknown revision "no-such-revision-xyz"/);
    expect(() => oldContentFrom('99')).toThrow(/there is no content\/v99/);
  });
});
