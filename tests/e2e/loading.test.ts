// What a visit fetches, and when (ADR 0006): the check page and result arrive once the person
// starts, the same files whatever they answer, and a failed fetch loses nothing.
import { expect, inject } from 'vitest';
import { answersOf, journeys } from '../fixtures/journeys';
import { expectNoAxeViolations } from './support/axe';
import type { TestPage } from './support/browser';
import { test } from './support/fixture';
import { answer, content, expectHeading, shownQuestion } from './support/wizardPage';

/** Paths the page fetched, with the content hash taken out so two builds' names compare. */
function recordFetches(page: TestPage): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname.replace(/-[\w-]{8}\.(js|css)$/, '.$1')));
  return seen;
}

async function answerJourney(page: TestPage, answers: Record<string, string[]>) {
  for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) await answer(page, q, answers[q]!);
}

test('a first visit fetches no guidance; Start fetches it, and the same files for any answers', async ({ openPage }) => {
  const fetchedBy: string[][] = [];
  const first = journeys[0]!;
  const other = journeys.find((j) => j.outcome !== first.outcome)!;
  for (const journey of [first, other]) {
    const page = await openPage();
    const fetched = recordFetches(page);
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(inject('baseUrl'));
    expect(fetched.filter((p) => /guidance|GuidanceScreens|later/.test(p))).toEqual([]);
    // boot.js preloads the start-up chunks; the imports then reuse them, never fetching twice.
    expect(fetched.length).toBe(new Set(fetched).size);
    expect(failed).toEqual([]);
    await page.getByRole('button', { name: content.ui.start.button }).click();
    await answerJourney(page, answersOf(journey));
    await expectHeading(page, content.ui.check.title);
    const beforeResult = fetched.length;
    await page.getByRole('button', { name: content.ui.check.confirm }).click();
    await page.locator('h2', { hasText: content.ui.result.nowTitle }).waitFor();
    expect(fetched.slice(beforeResult), 'the result needs no fetch of its own').toEqual([]);
    fetchedBy.push(fetched);
    expect(page.errors).toEqual([]);
  }
  expect(fetchedBy[0]).toContain('/assets/guidance-en.js');
  expect(fetchedBy[0]).toContain('/assets/GuidanceScreens.js');
  expect(new Set(fetchedBy[1])).toEqual(new Set(fetchedBy[0]));
});

test('the start page paints from its own bytes: nothing is fetched before its first frame, then the app starts with no tap', async ({
  openPage,
}) => {
  const page = await openPage();
  // The first rendering step once the page is read: its animation-frame callbacks run just
  // before it paints. (The paint-timing entry is stamped when the frame reaches the screen,
  // which on a busy machine can be after a task the frame queued.)
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () =>
      requestAnimationFrame(() => {
        (window as { firstFrameAt?: number }).firstFrameAt = performance.now();
      }),
    ),
  );
  await page.goto(inject('baseUrl'));
  const timing = await page.evaluate(() => ({
    frame: (window as { firstFrameAt?: number }).firstFrameAt ?? Number.NaN,
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    fetches: performance.getEntriesByType('resource').map((r) => ({ name: new URL(r.name).pathname, at: r.startTime })),
  }));
  // Its script and styles are inline (ADR 0014); the bundle waits for that frame (ADR 0004).
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.frame).toBeGreaterThan(0);
  expect(timing.fetches.filter((f) => f.at < timing.frame)).toEqual([]);
  expect(timing.fetches.map((f) => f.name)).toContainEqual(expect.stringMatching(/\/assets\/start-[\w-]+\.js$/));
  expect(page.errors).toEqual([]);
});

test('when the network drops before the check page arrives, the answers stay and Try again brings it', async ({ openPage }) => {
  const page = await openPage(undefined, 'block');
  let offline = true;
  await page.route(/guidance-en-[\w-]+\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: content.ui.start.button }).click();
  const journey = journeys[0]!;
  await answerJourney(page, answersOf(journey));
  await expectHeading(page, content.ui.later.failedTitle);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(content.ui.later.failedTitle);
  await expectNoAxeViolations(page, 'the check page failed to load');
  offline = false;
  // Try again starts a new document: engines that cache a failed import (Firefox 140,
  // Chromium before 156) never fetch the same module URL again in the old one.
  const reloaded = page.waitForEvent('framenavigated');
  await page.getByRole('button', { name: content.ui.later.retry }).click();
  await reloaded;
  await expectHeading(page, content.ui.check.title);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(content.ui.check.title);
  const shown = await page.locator('.summary-list__key').allInnerTexts();
  expect(shown).toEqual(journey.screens.map((q) => content.questions.find((x) => x.id === q)!.title));
  // The failed fetch was reported by the browser; the page itself raised nothing else.
  expect(page.errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
});

test('still offline, Try again keeps the page; back online, it comes back by itself', async ({ openPage }) => {
  const page = await openPage(undefined, 'block');
  let offline = true;
  await page.route(/guidance-en-[\w-]+\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(inject('baseUrl'));
  await page.getByRole('button', { name: content.ui.start.button }).click();
  await answerJourney(page, answersOf(journeys[0]!));
  await expectHeading(page, content.ui.later.failedTitle);
  await page.context().setOffline(true);
  await page.getByRole('button', { name: content.ui.later.retry }).click();
  await page.waitForTimeout(300);
  await expectHeading(page, content.ui.later.failedTitle);
  offline = false;
  const reloaded = page.waitForEvent('framenavigated');
  await page.context().setOffline(false);
  await reloaded;
  await expectHeading(page, content.ui.check.title);
});
