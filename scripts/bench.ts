// `npm run bench`: builds for production, then measures what a family's phone would get and
// how fast the domain and machine run, prints tables, writes bench/results.json, and exits 1
// when a budget is missed. `npm run bench -- --bytes-only` builds and checks the byte budgets
// only (no Lighthouse, no loops): quick enough for CI. What each figure means: bench/README.md.
// Each section lives in scripts/bench/; this file runs them in order.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { PreviewServer } from 'vite';
import type { Content } from '../src/content/types.ts';
import { latestVersion, loadContent } from '../src/content/loadFromFiles.ts';
import { chromiumPath } from '../tests/e2e/support/browser.ts';
import { BUDGET, budgets, check, printBudgets } from './bench/budgets.ts';
import { buildApp, OUT_DIR, root, startPreview } from './bench/build.ts';
import { firstVisitBytes } from './bench/bytes.ts';
import { cliHostile } from './bench/cliMemory.ts';
import { fmtMs, table } from './bench/format.ts';
import { hugeLinkParse } from './bench/hugeLink.ts';
import { lighthouse } from './bench/lighthouse.ts';
import { cliBatch, domainLoops } from './bench/loops.ts';
import { SLOW_PROFILE, slowStart } from './bench/slowStart.ts';

const resultsFile = join(root, 'bench', 'results.json');
const bytesOnly = process.argv.includes('--bytes-only');

// The browser tests' Chromium and flags (Debian's; without the networking flags it floods a
// closed network with refused connections).
const chromePath = chromiumPath();

function gitDescribe(): string {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** A slow phone on hospital Wi-Fi: one tap on Start at first paint, to question 1. */
async function slowNetwork(url: string, content: Content) {
  process.stdout.write(
    `\nSlow network and CPU (${SLOW_PROFILE.kbitPerSecond} kbit/s, ${SLOW_PROFILE.latencyMs} ms RTT, CPU ÷${SLOW_PROFILE.cpuSlowdown}), 5 runs … `,
  );
  const slow = await slowStart(url, chromePath, content.ui.start.button, content.questions[0]!.title);
  console.log('done');
  console.log("Navigation → question 1 shown and the app live, by the page's clock; then by the test driver's, which notices later.");
  const row = (name: string, ms: number[], median: number) => [name, ...ms.map(fmtMs), fmtMs(median)];
  console.log(
    table(
      ['visit', ...slow.firstVisitMs.map((_, i) => `run ${i + 1}`), 'median'],
      [
        row('first (cold cache)', slow.firstVisitMs, slow.firstMedianMs),
        row('second (from the worker)', slow.secondVisitMs, slow.secondMedianMs),
        row("first, driver's clock", slow.driver.firstVisitMs, slow.driver.firstMedianMs),
        row("second, driver's clock", slow.driver.secondVisitMs, slow.driver.secondMedianMs),
      ],
      [false, ...slow.firstVisitMs.map(() => true), true],
    ),
  );
  check(
    'slow network: tap at first paint → question 1',
    `≤ ${fmtMs(BUDGET.slowFirstVisitMs)}`,
    fmtMs(slow.firstMedianMs),
    slow.firstMedianMs <= BUDGET.slowFirstVisitMs,
  );
  check(
    'slow network, second visit',
    `≤ ${fmtMs(BUDGET.slowSecondVisitMs)}`,
    fmtMs(slow.secondMedianMs),
    slow.secondMedianMs <= BUDGET.slowSecondVisitMs,
  );
  return { profile: SLOW_PROFILE, ...slow };
}

/** A 1 MB link, three shapes: parsing must stay linear in the link's size. */
function hugeLink(content: Content) {
  const huge = hugeLinkParse(content);
  console.log(`\nA 1 MB link through parseAnswerText (median of ${huge.runsPerShape})`);
  console.log(
    table(
      ['shape', 'time'],
      Object.entries(huge.medianMs).map(([k, ms]) => [k, `${ms.toFixed(1)} ms`]),
      [false, true],
    ),
  );
  check('1 MB link parsed', `≤ ${fmtMs(BUDGET.hugeLinkMs)}`, fmtMs(huge.worstMedianMs), huge.worstMedianMs <= BUDGET.hugeLinkMs);
  return huge;
}

// ── main ─────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<number> {
  const began = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'care-path-bench-'));
  const outDir = OUT_DIR;
  const outPath = join(root, OUT_DIR);
  let server: PreviewServer | undefined;
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    mode: bytesOnly ? 'bytes-only' : 'full',
    // What was measured: the working tree, which may hold uncommitted changes ("-dirty").
    source: gitDescribe(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 1e9),
      // Timings (Lighthouse's TBT most of all) suffer when something else is using the CPU.
      loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    budgets: BUDGET,
  };
  try {
    const load = loadavg()[0]!;
    if (load > cpus().length / 2) {
      console.log(`Note: load average ${load.toFixed(2)} on ${cpus().length} cores; timings will be noisy (TBT most).`);
    }
    console.log(`Building ${results.source} for production into ${outDir} …`);
    await buildApp(outDir);
    const started = await startPreview(outDir);
    server = started.server;
    const url = started.url;

    // Bytes.
    const content = loadContent(latestVersion(), 'en');
    const visit = await firstVisitBytes(
      url,
      chromePath,
      outPath,
      content.questions.map((q) => q.title),
      content.ui.start.button,
    );
    (results.machine as Record<string, unknown>).chromium = visit.chromiumVersion;
    results.bytes = visit.bytes;
    results.lcpCandidates = visit.lcpCandidates;

    if (!bytesOnly) {
      results.lighthouse = await lighthouse(url, work, chromePath, visit.lcpCandidates);
      results.slowStart = await slowNetwork(url, content);
      // Domain and machine, in this process (tsx, no bundling), about a second each.
      results.loops = domainLoops();
      results.hugeLink = hugeLink(content);
      // Every valid answer set through the command line's batch mode, in a child process.
      results.recommendBatch = await cliBatch();
      // Hostile input through the same batch mode: peak memory and time, a child process each.
      results.recommendHostile = await cliHostile();
    }

    results.budgetResults = budgets;
    const { failed, pending } = printBudgets(bytesOnly);
    results.seconds = Math.round((performance.now() - began) / 100) / 10;
    mkdirSync(dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(
      `\n${failed.length} budget(s) missed, ${budgets.length - failed.length - pending.length} met` +
        `${pending.length ? `, ${pending.length} not checked: ${pending.map((b) => b.name).join(', ')} not built yet` : ''}` +
        `. ${results.seconds} s. Written to ${resultsFile.slice(root.length + 1)}.`,
    );
    return failed.length ? 1 : 0;
  } finally {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(outPath, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 2;
  },
);
