// Lighthouse, started as the CLI against the start page, LIGHTHOUSE_RUNS times: every run and
// the median of each figure, the LCP candidates Chromium reported, and the Lighthouse budgets.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser.ts';
import { BUDGET, check } from './budgets.ts';
import { root } from './build.ts';
import { fmtMs, median, table } from './format.ts';

const LIGHTHOUSE_RUNS = 3;

interface LighthouseReport {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  configSettings: { formFactor: string; throttlingMethod: string };
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      scoreDisplayMode?: string;
      errorMessage?: string;
      numericValue?: number;
      details?: { items?: { items?: { node?: { snippet?: string } }[] }[] };
    }
  >;
}
interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's own CPU benchmark of this machine: higher is faster (a 2024 laptop ~2000). */
  benchmarkIndex: number;
  lcpElement: string;
  /** Audits Lighthouse could not run (none of them feeds a figure above). */
  erroredAudits: string[];
}

function runLighthouse(url: string, outFile: string, chromePath: string): Promise<LighthouseReport> {
  const bin = join(root, 'node_modules', '.bin', 'lighthouse');
  const args = [
    url,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--only-categories=performance,accessibility',
    // Both are Lighthouse's defaults; said here so a change of default cannot slip in.
    '--form-factor=mobile',
    '--throttling-method=simulate',
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: root, env: { ...process.env, CHROME_PATH: chromePath } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(outFile)) {
        reject(new Error(`lighthouse exited with ${code}:\n${stderr.trim()}`));
        return;
      }
      resolve(JSON.parse(readFileSync(outFile, 'utf8')) as LighthouseReport);
    });
  });
}

function figuresOf(report: LighthouseReport): LighthouseRun {
  if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}`);
  const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
  const audit = (a: string) => {
    const value = report.audits[a]?.numericValue;
    if (value === undefined) throw new Error(`lighthouse: no value for ${a}`);
    return value;
  };
  const scored = new Set(Object.values(report.categories).flatMap((c) => (c.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? 0),
    lcpElement: report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
    erroredAudits: Object.entries(report.audits)
      .filter(([, a]) => a.scoreDisplayMode === 'error')
      .map(([id, a]) => `${id}${scored.has(id) ? ' (WEIGHTED IN A SCORE)' : ''}: ${(a.errorMessage ?? '').split('\n')[0]}`),
  };
}

/**
 * Runs Lighthouse against `url` (reports go to `work`), prints the runs, their median and
 * `lcpCandidates`, and checks the Lighthouse budgets; returns `results.json`'s `lighthouse`.
 */
export async function lighthouse(url: string, work: string, chromePath: string, lcpCandidates: string[]) {
  // Lighthouse, one run after another: runs side by side would slow each other's CPU.
  const runs: LighthouseRun[] = [];
  let settings = '';
  for (let i = 1; i <= LIGHTHOUSE_RUNS; i++) {
    process.stdout.write(`\nLighthouse run ${i} of ${LIGHTHOUSE_RUNS} … `);
    const report = await runLighthouse(url, join(work, `lighthouse-${i}.json`), chromePath);
    settings = `Lighthouse ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${report.configSettings.throttlingMethod} throttling`;
    for (const w of report.runWarnings ?? []) console.log(`\n  warning: ${w}`);
    runs.push(figuresOf(report));
    process.stdout.write('done');
  }
  const med: LighthouseRun = {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    fcpMs: median(runs.map((r) => r.fcpMs)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
    lcpElement: runs[0]!.lcpElement,
    erroredAudits: [...new Set(runs.flatMap((r) => r.erroredAudits))],
  };
  const row = (r: LighthouseRun) => [
    String(r.performance),
    String(r.accessibility),
    fmtMs(r.fcpMs),
    fmtMs(r.lcpMs),
    fmtMs(r.tbtMs),
    r.cls.toFixed(3),
    String(r.benchmarkIndex),
  ];
  console.log(`\n\n${settings}, ${url} (vite preview, loopback)`);
  console.log(
    table(
      ['', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'CPU index'],
      [...runs.map((r, i) => [`run ${i + 1}`, ...row(r)]), ['median', ...row(med)]],
      [false, true, true, true, true, true, true, true],
    ),
  );
  console.log(`LCP element: ${med.lcpElement || '(Lighthouse could not name it: see below)'}`);
  console.log(`LCP candidates in Chromium on loopback, unthrottled:\n  ${lcpCandidates.join('\n  ') || '(none)'}`);
  if (med.erroredAudits.length) {
    // Seen with Lighthouse 12.2.3 and Chromium 156: the trace has changed under some
    // diagnostics. The scored metrics come from other audits, which the bench checks.
    const weighted = med.erroredAudits.some((a) => a.includes('WEIGHTED'));
    console.log(
      `Lighthouse could not run ${med.erroredAudits.length} audit(s); ` +
        (weighted ? 'SOME COUNT TOWARD A SCORE ABOVE:' : 'none counts toward a score or figure above:'),
    );
    for (const line of med.erroredAudits) console.log(`  ${line.slice(0, 140)}`);
  }
  check('Lighthouse performance', `${BUDGET.performance}`, String(med.performance), med.performance >= BUDGET.performance);
  check('Lighthouse accessibility', `${BUDGET.accessibility}`, String(med.accessibility), med.accessibility >= BUDGET.accessibility);
  check('LCP (simulated mobile)', `≤ ${fmtMs(BUDGET.lcpMs)}`, fmtMs(med.lcpMs), med.lcpMs <= BUDGET.lcpMs);
  check('TBT', `≤ ${fmtMs(BUDGET.tbtMs)}`, fmtMs(med.tbtMs), med.tbtMs <= BUDGET.tbtMs);
  check('CLS', `${BUDGET.cls}`, med.cls.toFixed(3), med.cls <= BUDGET.cls);
  return { url, settings, runs, median: med };
}
