// `npm run content:check` on the shipped content: a walk of every answer set of every version
// (about a minute on CI), so it runs in the `walks` project rather than among the unit tests.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVersions } from '../../src/content/loadFromFiles';

const root = resolve(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['scripts/content-check.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('content:check on the shipped content', () => {
  // Through the command itself, so its exit status and output are tested at the same time. Any
  // problem is on stdout.
  it('npm run content:check passes in every version and locale, English and Spanish included', { timeout: 120_000 }, () => {
    const r = run();
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      listVersions()
        .map((v) => `v${v} (en, es)`)
        .join(', '),
    );
    expect(r.stderr).toMatch(/\n {2}0 problems\n$/);
    expect(r.status).toBe(0);
  });
});
