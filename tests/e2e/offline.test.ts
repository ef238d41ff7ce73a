// Works offline once a journey has started (ADR 0012): the worker takes the page, the network
// goes, and the whole journey still runs, reloads included, in either language. Nothing the
// worker keeps carries an answer.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { serveStatic } from '../../scripts/staticServer';
import { latestVersion, loadContent } from '../../src/content/loadFromFiles';
import { answersOf, journeys } from '../fixtures/journeys';
import { expectNoAxeViolations } from './support/axe';
import type { TestPage } from './support/browser';
import { test } from './support/fixture';
import { answer, content, expectHeading, shownQuestion } from './support/wizardPage';

const es = loadContent(latestVersion(), 'es');

/** Online: opens the guide, starts, and waits until the worker serves the page. */
async function startOnline(page: TestPage, url = inject('baseUrl')): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: content.ui.start.button }).click();
  await expectHeading(page, content.questions[0]!.title);
  // A worker controls the page only once it has activated, after every file was cached.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
}

/** Every URL the guide's caches hold. */
const cachedUrls = (page: TestPage) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });

test('offline, the whole journey runs to the result, through a reload in the middle and at the result', async ({ openPage }) => {
  const page = await openPage();
  await startOnline(page);
  await page.context().setOffline(true);
  const journey = journeys.find((j) => j.screens.length >= 5)!;
  const answers = answersOf(journey);
  let answered = 0;
  for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) {
    await answer(page, q, answers[q]!);
    if (++answered === 2) {
      const next = await shownQuestion(page);
      await page.reload();
      expect(await shownQuestion(page), 'a reload offline keeps the question').toBe(next);
    }
  }
  await expectHeading(page, content.ui.check.title);
  await page.getByRole('button', { name: content.ui.check.confirm }).click();
  const now = page.locator('h2', { hasText: content.ui.result.nowTitle });
  await now.waitFor();
  const result = await page.locator('h1').innerText();
  await page.reload();
  await now.waitFor();
  expect(await page.locator('h1').innerText(), 'a reload offline keeps the result').toBe(result);
  expect(page.errors).toEqual([]);

  // Nothing cached has a query or a fragment, nor any answer the family gave.
  const urls = await cachedUrls(page);
  expect(urls.length).toBeGreaterThan(5);
  const values = Object.values(answers).flat();
  expect(urls.filter((u) => u.includes('?') || u.includes('#') || values.some((v) => u.includes(`=${v}`)))).toEqual([]);
});

test('offline, Spanish still comes when chosen, after it was used once online', async ({ openPage }) => {
  const page = await openPage();
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: es.ui.languageName }).click();
  await expectHeading(page, es.ui.start.title);
  await page.getByRole('button', { name: content.ui.languageName }).click();
  await expectHeading(page, content.ui.start.title);
  await startOnline(page);
  await page.context().setOffline(true);
  await page.reload();
  await expectHeading(page, content.questions[0]!.title);
  await page.getByRole('button', { name: es.ui.languageName }).click();
  await expectHeading(page, es.questions[0]!.title);
  // On to the check page in Spanish: its words come with the Spanish guidance, from the cache.
  const answers = answersOf(journeys[0]!);
  for (let q: string | undefined = es.questions[0]!.id; q; ) {
    for (const v of answers[q]!) {
      const label = es.questions.find((x) => x.id === q)!.options.find((o) => o.id === v)!.label;
      await page.getByLabel(label, { exact: true }).check();
    }
    await page.getByRole('button', { name: es.ui.question.continue }).click();
    const title = (await page.locator('h1').innerText()).trim();
    q = es.questions.find((x) => x.title === title)?.id;
  }
  await expectHeading(page, es.ui.check.title);
  await page.reload();
  await expectHeading(page, es.ui.check.title);
  expect(page.errors).toEqual([]);
});

test('the worker serves only the standalone page: the embedded page and the planner come from the network', async ({ openPage }) => {
  const page = await openPage();
  await startOnline(page);
  const base = inject('baseUrl');
  // A link's answers travel in the fragment. The worker is handed it (Request.url keeps the
  // fragment) but serves the page by its path and keeps nothing of the request.
  for (const link of [`${base}#v=3&now=home&travel=none`, `${base}index.html#v=3&now=home&travel=none`]) {
    const opened = await page.context().newPage();
    const response = await opened.goto(link);
    expect(response?.fromServiceWorker(), link).toBe(true);
    await opened.getByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle }).waitFor();
    await opened.close();
  }
  expect((await cachedUrls(page)).filter((u) => u.includes('#') || u.includes('?'))).toEqual([]);
  for (const path of ['embed.html', 'planner.html']) {
    const other = await page.context().newPage();
    const response = await other.goto(`${base}${path}`);
    expect(response?.fromServiceWorker(), path).toBe(false);
    expect(response?.status(), path).toBe(200);
    await other.close();
  }
});

test('a new deploy waits while a journey is under way, and is offered on the start page between journeys', async ({ openPage }) => {
  const page = await openPage();
  await startOnline(page);
  const first = await page.evaluate(async () => (await caches.keys()).join());
  // A new deploy: another sw.js, with another version (the e2e server serves dist/ as it is).
  const file = new URL('../../dist/sw.js', import.meta.url);
  const deployed = readFileSync(file, 'utf8');
  const version = /VERSION=`([\w-]+)`/.exec(deployed)![1]!;
  writeFileSync(file, deployed.replaceAll(version, `${version}-next`));
  try {
    await page.reload();
    await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting, null, { timeout: 30_000 });
    // Mid-journey (question 1, from the session): nothing is offered and nothing changes.
    await page.waitForTimeout(300);
    const notice = page.getByRole('status').filter({ hasText: content.ui.update.ready });
    expect(await notice.count()).toBe(0);
    await page.getByRole('button', { name: content.ui.restart.button }).click();
    await page.getByRole('button', { name: content.ui.restart.yes }).click();
    await expectHeading(page, content.ui.start.title);
    await notice.waitFor();
    await expectNoAxeViolations(page, 'start page offering an update');
    const update = page.getByRole('button', { name: content.ui.update.button });
    await update.focus();
    const reloaded = page.waitForEvent('framenavigated');
    await page.keyboard.press('Enter');
    await reloaded;
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    expect(await page.evaluate(async () => (await caches.keys()).join())).toContain('-next');
    expect(await page.evaluate(async () => (await caches.keys()).join())).not.toBe(first);
    expect(await notice.count()).toBe(0);
    expect(page.errors).toEqual([]);
  } finally {
    writeFileSync(file, deployed);
  }
});

/** A new deploy: another sw.js and a start page that says which deploy it is, as a real one differs. */
function deployNext(): () => void {
  const sw = new URL('../../dist/sw.js', import.meta.url);
  const html = new URL('../../dist/index.html', import.meta.url);
  const [worker, page] = [readFileSync(sw, 'utf8'), readFileSync(html, 'utf8')];
  const version = /VERSION=`([\w-]+)`/.exec(worker)![1]!;
  writeFileSync(sw, worker.replaceAll(version, `${version}-next`));
  writeFileSync(html, page.replace('<head>', '<head><meta name="deploy" content="next">'));
  return () => {
    writeFileSync(sw, worker);
    writeFileSync(html, page);
  };
}

/** Which deploy's page this tab shows: the new one's start page says so. */
const deployOf = (page: Page) =>
  page.evaluate(() => (document.querySelector('meta[name="deploy"]') ? 'next' : 'first')).catch(() => 'navigating');

test('a journey in one tab keeps its deploy, reloads included, while another tab is between journeys; the new one is offered once it ends', async ({
  openPage,
}) => {
  const a = await openPage();
  await startOnline(a);
  const restore = deployNext();
  try {
    // Tab B opens the guide on its start page, where a waiting update is offered.
    const b = await a.context().newPage();
    await b.goto(inject('baseUrl'));
    await b.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    // The browser looks for a new sw.js after a navigation, in its own time: the test asks now.
    await b.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const waiting = (page: Page) => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    await expect.poll(() => waiting(b), { timeout: 30_000 }).toBe(true);
    // Tab A is on question 1: taking the update in B would move A to the new deploy, so B does
    // not offer it (a review saw A, reloaded, go on with its answers under the new deploy).
    const notice = b.getByRole('status').filter({ hasText: content.ui.update.ready });
    await b.waitForTimeout(500);
    expect(await notice.count(), 'offered in B while A is mid-journey').toBe(0);
    await a.reload();
    await expectHeading(a, content.questions[0]!.title);
    expect(await deployOf(a), 'A reloaded mid-journey').toBe('first');
    expect(await waiting(a), 'the new deploy still waits').toBe(true);

    // A's journey ends ("Start again"): B now offers the update, and taking it moves both tabs.
    await a.getByRole('button', { name: content.ui.restart.button }).click();
    await a.getByRole('button', { name: content.ui.restart.yes }).click();
    await expectHeading(a, content.ui.start.title);
    await notice.waitFor();
    await b.getByRole('button', { name: content.ui.update.button }).click();
    await expect.poll(() => deployOf(b), { timeout: 30_000 }).toBe('next');
    await expect.poll(() => deployOf(a), { timeout: 30_000 }).toBe('next');
    await a.waitForFunction(() => document.documentElement.hasAttribute('data-ready'));
    await expectHeading(a, content.ui.start.title);
    expect(a.errors).toEqual([]);
  } finally {
    restore();
  }
});

test('the kill switch: a retiring sw.js deletes the caches on the next visit, and the page still works', async ({ openPage }) => {
  const page = await openPage();
  await startOnline(page);
  const file = new URL('../../dist/sw.js', import.meta.url);
  const deployed = readFileSync(file, 'utf8');
  // What `CARE_PATH_OFFLINE=off npm run build` ships as sw.js (minified there, the same code).
  writeFileSync(file, readFileSync(new URL('../../src/app/offline/retire.js', import.meta.url), 'utf8'));
  try {
    await page.reload();
    // The caches go at once; the registration goes with this tab at the latest (this test's page
    // is the normal build's, which registers sw.js again on each load; the kill build's does not).
    await page.waitForFunction(async () => (await caches.keys()).length === 0, null, { timeout: 30_000 });
    await page.reload();
    await expectHeading(page, content.questions[0]!.title);
    expect(page.errors).toEqual([]);
  } finally {
    writeFileSync(file, deployed);
  }
});

test("under a sub-path, the worker's scope is the guide's directory and the guide works offline there", async ({ openPage }) => {
  // The build as a host would serve it at /care/ (dist/ linked there, no headers of its own).
  const site = mkdtempSync(join(tmpdir(), 'care-path-subpath-'));
  symlinkSync(fileURLToPath(new URL('../../dist', import.meta.url)), join(site, 'care'));
  const { server, url } = await serveStatic(site);
  const page = await openPage();
  try {
    await startOnline(page, `${url}care/`);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${url}care/`);
    await page.context().setOffline(true);
    await page.reload();
    await expectHeading(page, content.questions[0]!.title);
    expect(page.errors).toEqual([]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(site, { recursive: true, force: true });
  }
});
