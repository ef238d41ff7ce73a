// `npm test`: type-check, lint and format-check, run every Vitest project, check the byte budgets, and close with the
// line CI reads: `N passed, N failed`. Extra arguments go to vitest (e.g. `npm test -- --project
// unit`), and then the byte budgets are skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jsonFile = join(root, 'test-results', 'vitest.json');
const extraArgs = process.argv.slice(2);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

function finish(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

console.log('> tsc --noEmit');
if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.error('Type check failed; tests not run.');
  finish(0, 1);
}

// Lint and format (Biome): counted as one test, so a style slip is reported with the rest
// instead of hiding them.
console.log('> biome check');
const lintStatus = run('npx', ['biome', 'check', '--error-on-warnings']);

/**
 * One vitest run, its tests counted from its JSON report. A full `npm test` makes two: the
 * projects without a browser on both cores (the walks alone take a minute and a half), then the
 * browser projects one file at a time, never beside a walk, whose timings a busy core would upset.
 */
function vitest(name, args) {
  const file = jsonFile.replace(/\.json$/, `-${name}.json`);
  rmSync(file, { force: true });
  console.log(`> vitest run ${args.join(' ')}`);
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...args]);
  let ok = 0;
  let bad = 0;
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    ok = report.numPassedTests ?? 0;
    bad = report.numFailedTests ?? 0;
    // A file that failed to load (import error, failing hook before any test) has no tests.
    for (const result of report.testResults ?? []) {
      if (result.status === 'failed' && (result.assertionResults ?? []).length === 0) bad += 1;
    }
  } else {
    console.error(`vitest wrote no JSON report (${file}).`);
  }
  // Vitest failed for a reason not counted as a test (global setup, unhandled error, no files).
  if (status !== 0 && bad === 0) bad = 1;
  return [ok, bad];
}

mkdirSync(dirname(jsonFile), { recursive: true });
const runs =
  extraArgs.length > 0
    ? [vitest('args', extraArgs)]
    : [
        vitest('node', ['--project', 'unit', '--project', 'walks', '--project', 'dom', '--maxWorkers=2']),
        vitest('browsers', ['--project', 'e2e', '--project', 'engines']),
      ];
let passed = runs.reduce((sum, [ok]) => sum + ok, 0);
let failed = runs.reduce((sum, [, bad]) => sum + bad, 0);

if (lintStatus === 0) passed += 1;
else {
  console.error('Lint or format failed: `npx biome check --write` fixes formatting; the rest names its rule.');
  failed += 1;
}

// The byte budgets (first visit, embed.js) do not depend on the machine, so a full run checks
// them too, as one more test; timings stay in `npm run bench` (bench/README.md).
if (extraArgs.length === 0) {
  console.log('> npm run bench -- --bytes-only');
  if (run('npm', ['run', '-s', 'bench', '--', '--bytes-only']) === 0) passed += 1;
  else failed += 1;
}
finish(passed, failed);
