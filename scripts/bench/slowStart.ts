// Time to a usable first question on a slow phone on hospital Wi-Fi (issue: "No lost taps"):
// Chromium with 400 kbit/s, 400 ms round trips and the CPU slowed 4×. The person taps Start at
// the first paint of the prerendered page, once; the figure is navigation → question 1 shown
// and the app live. A first visit has a cold cache. A second visit comes once the offline
// worker, registered on Start (ADR 0012), has cached the guide and activated: it is served
// from that cache. (The worker's own fetches are not throttled: the page's CDP session does not
// reach it. They come after question 1, so they never touch the first figure.)
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/e2e/support/browser.ts';

export const SLOW_PROFILE = { kbitPerSecond: 400, latencyMs: 400, cpuSlowdown: 4 } as const;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const bytesPerSecond = (SLOW_PROFILE.kbitPerSecond * 1000) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PROFILE.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuSlowdown });
}

/** One visit: milliseconds from navigation to question 1 usable, after one tap at first paint. */
async function oneVisit(page: Page, url: string, startLabel: string, firstQuestion: string): Promise<number> {
  await throttle(page);
  const began = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const start = page.getByRole('button', { name: startLabel });
  await start.waitFor({ state: 'visible' });
  await start.click({ noWaitAfter: true });
  await page.getByRole('heading', { level: 1, name: firstQuestion }).waitFor({ timeout: 60_000 });
  await page.waitForSelector('html[data-ready]', { state: 'attached' });
  return Date.now() - began;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function slowStart(
  url: string,
  chromePath: string,
  startLabel: string,
  firstQuestion: string,
  runs = 5,
): Promise<{ firstVisitMs: number[]; secondVisitMs: number[]; firstMedianMs: number; secondMedianMs: number }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
  const firstVisitMs: number[] = [];
  const secondVisitMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      // A fresh context is a cold cache; its second page reuses what the first one fetched.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const first = await context.newPage();
      firstVisitMs.push(await oneVisit(first, url, startLabel, firstQuestion));
      await first.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
      await context.addInitScript(() => sessionStorage.clear());
      secondVisitMs.push(await oneVisit(await context.newPage(), url, startLabel, firstQuestion));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { firstVisitMs, secondVisitMs, firstMedianMs: median(firstVisitMs), secondMedianMs: median(secondVisitMs) };
}
