// What a first visit costs in bytes: every response Chromium gets for the start page, cold
// cache, then what pressing Start fetches and what the offline worker caches (ADR 0012), and
// embed.js, looked up in the build. Prints the three tables and checks the byte budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { WORKER_FILE } from '../../tasks/offlineWorkerPlugin.ts';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser.ts';
import { BUDGET, budgets, check } from './budgets.ts';
import { fmtBytes, table } from './format.ts';

export interface FileBytes {
  path: string;
  type: string;
  raw: number;
  gzip: number;
  /** Bytes on the wire from vite preview (which compresses), headers excluded. */
  transferred: number;
  note: string;
}

const gzip9 = (b: Buffer) => gzipSync(b, { level: zlib.Z_BEST_COMPRESSION }).length;

function kindOf(url: string, contentType: string): string {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('javascript')) return 'js';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('json')) return 'json';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('font/')) return 'font';
  return contentType.split(';')[0] || extnameOf(url);
}
const extnameOf = (url: string) => /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1] ?? '?';

/**
 * Loads the start page in a cold Chromium and records every response it gets. A response
 * that holds every one of `contentMarkers` (all the question titles) carries the content.
 */
async function firstVisit(
  url: string,
  chromePath: string,
  contentMarkers: string[],
  startButton: string,
): Promise<{ files: FileBytes[]; onStart: FileBytes[]; worker: FileBytes[]; chromiumVersion: string; lcpCandidates: string[] }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Every largest-contentful-paint candidate, unthrottled: Lighthouse 12.2.3 cannot name the
    // element with this Chromium, and a late candidate (e.g. the app replacing prerendered
    // text) explains an LCP well after FCP.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __lcp: string[] }).__lcp = seen;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { element?: Element | null; size: number })[]) {
          const el = e.element;
          const name = el
            ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
            : '(removed)';
          const text = (el?.textContent ?? '').trim().slice(0, 40);
          seen.push(`${Math.round(e.startTime)} ms: ${name} "${text}" (${e.size} px²)`);
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const pending: Promise<FileBytes | null>[] = [];
    // The context's responses: the page's and the offline worker's own (sw.js and what it
    // caches), so nothing a visit costs is left out. A page response the worker answered is
    // counted where the worker got it, not twice.
    context.on('response', (response) => {
      pending.push(
        (async () => {
          if (!response.url().startsWith('http') || response.fromServiceWorker()) return null;
          const byWorker = !!response.request().serviceWorker() || new URL(response.url()).pathname.endsWith(`/${WORKER_FILE}`);
          const body = await response.body().catch(() => Buffer.alloc(0));
          const sizes = await response
            .request()
            .sizes()
            .catch(() => ({ responseBodySize: -1 }));
          const type = kindOf(response.url(), response.headers()['content-type'] ?? '');
          const text = body.toString('utf8');
          const hasContent = contentMarkers.every((m) => text.includes(m));
          const note = byWorker ? 'offline worker' : hasContent ? (type === 'json' ? 'content, en' : 'includes content, en') : '';
          return {
            path: new URL(response.url()).pathname,
            type,
            raw: body.length,
            // Chromium gives no body for what a worker fetched to cache: 0, shown as —.
            gzip: body.length ? gzip9(body) : 0,
            transferred: sizes.responseBodySize,
            note,
          };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    // Anything the page asks for shortly after it settles counts too (e.g. lazy chunks).
    await page.waitForTimeout(500);
    const files = (await Promise.all(pending)).filter((f): f is FileBytes => f !== null);
    const lcpCandidates = await page.evaluate(() => (window as unknown as { __lcp?: string[] }).__lcp ?? []);
    // What pressing Start fetches (the check page and result, ADR 0006): shown, not budgeted.
    const before = pending.length;
    await page.waitForSelector('html[data-ready]', { state: 'attached' });
    await page.getByRole('button', { name: startButton }).click();
    for (let quiet = 0, seen = pending.length, waited = 0; quiet < 500 && waited < 10_000; waited += 100) {
      await page.waitForTimeout(100);
      quiet = pending.length === seen ? quiet + 100 : 0;
      seen = pending.length;
    }
    // The worker registers on Start (ADR 0012): give it time to fetch and cache its files.
    await page
      .waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30_000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const later = (await Promise.all(pending.slice(before))).filter((f): f is FileBytes => f !== null);
    const onStart = later.filter((f) => f.note !== 'offline worker');
    const worker = later.filter((f) => f.note === 'offline worker');
    return { files, onStart, worker, chromiumVersion: browser.version(), lcpCandidates };
  } finally {
    await browser.close();
  }
}

function findFile(dir: string, name: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = findFile(path, name);
      if (found) return found;
    } else if (entry.name === name) return path;
  }
  return null;
}

/**
 * Measures the first visit to `url` and embed.js in the build at `outPath`, prints the tables
 * and checks the byte budgets; returns `results.json`'s `bytes` and what else it learned.
 */
export async function firstVisitBytes(url: string, chromePath: string, outPath: string, contentMarkers: string[], startButton: string) {
  const visit = await firstVisit(url, chromePath, contentMarkers, startButton);
  const total = visit.files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const embedPath = findFile(outPath, 'embed.js');
  const embed = embedPath
    ? (() => {
        const body = readFileSync(embedPath);
        return { path: embedPath.slice(outPath.length), raw: body.length, gzip: gzip9(body) };
      })()
    : null;
  const onStartTotal = visit.onStart.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const workerTotal = visit.worker.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, transferred: t.transferred + Math.max(0, f.transferred) }),
    { raw: 0, gzip: 0, transferred: 0 },
  );
  const bytes = {
    url,
    files: visit.files,
    total,
    embed,
    onStart: { files: visit.onStart, total: onStartTotal },
    worker: { files: visit.worker, total: workerTotal },
  };

  console.log(`\nFirst visit: ${url} in Chromium ${visit.chromiumVersion}, cold cache, every response (gzip: level 9)`);
  console.log(
    table(
      ['file', 'type', 'raw', 'gzip', 'note'],
      [
        ...visit.files.map((f) => [f.path, f.type, fmtBytes(f.raw), fmtBytes(f.gzip), f.note]),
        [`total (${visit.files.length} files)`, '', fmtBytes(total.raw), fmtBytes(total.gzip), ''],
        embed
          ? [`embed.js (${embed.path})`, 'js', fmtBytes(embed.raw), fmtBytes(embed.gzip), 'not part of a first visit']
          : ['embed.js', '', '—', '—', 'NOT BUILT YET (no embed.js in the build)'],
      ],
      [false, false, true, true, false],
    ),
  );
  console.log('\nThen, when the person presses Start (no budget; fetched while they answer)');
  console.log(
    table(
      ['file', 'type', 'raw', 'gzip'],
      [
        ...visit.onStart.map((f) => [f.path, f.type, fmtBytes(f.raw), fmtBytes(f.gzip)]),
        [`total (${visit.onStart.length} files)`, '', fmtBytes(onStartTotal.raw), fmtBytes(onStartTotal.gzip)],
      ],
      [false, false, true, true],
    ),
  );
  // The offline worker (ADR 0012), registered on Start: its script, then every file of the
  // standalone page, both languages. Most come from the browser's cache, just fetched.
  console.log(
    "\nThen the offline worker, registered on Start, caches (no budget; `sent` = bytes vite preview sent, 0 when the browser's cache had the file)",
  );
  console.log(
    table(
      ['file', 'type', 'raw', 'gzip', 'sent'],
      [
        ...visit.worker.map((f) => [
          f.path,
          f.type,
          f.raw ? fmtBytes(f.raw) : '—',
          f.raw ? fmtBytes(f.gzip) : '—',
          fmtBytes(Math.max(0, f.transferred)),
        ]),
        [
          `total (${visit.worker.length} files)`,
          '',
          fmtBytes(workerTotal.raw),
          fmtBytes(workerTotal.gzip),
          fmtBytes(workerTotal.transferred),
        ],
      ],
      [false, false, true, true, true],
    ),
  );
  check('first visit, all files, gzip', `≤ ${fmtBytes(BUDGET.firstVisitGzip)}`, fmtBytes(total.gzip), total.gzip <= BUDGET.firstVisitGzip);
  if (embed) check('embed.js, gzip', `≤ ${fmtBytes(BUDGET.embedGzip)}`, fmtBytes(embed.gzip), embed.gzip <= BUDGET.embedGzip);
  else budgets.push({ name: 'embed.js, gzip', limit: `≤ ${fmtBytes(BUDGET.embedGzip)}`, value: '—', verdict: 'not built yet' });

  return { bytes, chromiumVersion: visit.chromiumVersion, lcpCandidates: visit.lcpCandidates };
}
