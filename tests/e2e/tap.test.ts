// On a slow phone the prerendered Start button shows long before the app can start. A tap then
// must not be lost: it is acknowledged at once and opens question 1 as soon as the app runs.
import type { Route } from 'playwright-core';
import { expect, inject } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { type OpenPage, test } from './support/fixture';
import { content, questionTitle } from './support/wizardPage';

/**
 * A plain page in a context the offline worker is kept out of: the test page's goto would wait
 * for the app, which these tests hold back or break.
 */
async function plainPage(openPage: OpenPage) {
  const page = await openPage({ width: 390, height: 844 }, 'block');
  const context = page.context();
  await page.close();
  return context.newPage();
}

test('a tap on Start before the app is ready says so at once, then opens question 1 with no second tap', async ({ openPage }) => {
  const raw = await plainPage(openPage);
  const errors: string[] = [];
  raw.on('pageerror', (e) => errors.push(e.message));
  const held: Route[] = [];
  let release = false;
  await raw.route(/\/assets\/wizard-[\w-]+\.js$/, (route) => (release ? route.continue() : void held.push(route)));
  await raw.goto(inject('baseUrl'), { waitUntil: 'load' });
  const start = raw.getByRole('button', { name: content.ui.start.button });
  await start.click();
  await raw.getByRole('status').filter({ hasText: content.ui.pending.starting }).waitFor({ timeout: 2000 });
  expect(await raw.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(false);
  await expectNoAxeViolations(raw, 'start pressed while loading');
  release = true;
  for (const route of held.splice(0)) await route.continue();
  await raw.getByRole('heading', { level: 1, name: questionTitle('now') }).waitFor();
  expect(await raw.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(errors).toEqual([]);
});

/** A page of its own, the worker kept out, with every script request failing while `down()`. */
async function pageWithFailingScripts(openPage: OpenPage, down: () => boolean) {
  const raw = await plainPage(openPage);
  await raw.route(/\/assets\/[\w-]+\.js$/, (route: Route) => (down() ? route.abort('internetdisconnected') : route.continue()));
  return raw;
}

test('the connection drops before the app arrives: a tap on Start says so, and question 1 opens by itself once it is back', async ({
  openPage,
}) => {
  let down = true;
  const raw = await pageWithFailingScripts(openPage, () => down);
  const loads: string[] = [];
  raw.on('load', () => loads.push(raw.url()));
  await raw.goto(inject('baseUrl'), { waitUntil: 'load' });
  await raw.context().setOffline(true);
  await raw.getByRole('button', { name: content.ui.start.button }).click();
  await raw.getByRole('status').filter({ hasText: content.ui.pending.failed }).waitFor({ timeout: 5000 });
  expect(await raw.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(false);
  await expectNoAxeViolations(raw, 'start pressed, connection gone');
  // Still offline: the page stays (no reload into the browser's error page).
  await raw.waitForTimeout(500);
  expect(loads).toHaveLength(1);
  down = false;
  await raw.context().setOffline(false);
  await raw.getByRole('heading', { level: 1, name: questionTitle('now') }).waitFor({ timeout: 10_000 });
  expect(loads).toHaveLength(2);
  expect(await raw.evaluate(() => document.activeElement?.tagName)).toBe('H1');
});

test('a site that answers but whose files do not arrive is not reloaded: the family keeps the page and the message', async ({
  openPage,
}) => {
  const raw = await pageWithFailingScripts(openPage, () => true);
  let loads = 0;
  raw.on('load', () => loads++);
  await raw.goto(inject('baseUrl'), { waitUntil: 'load' });
  await raw.getByRole('button', { name: content.ui.start.button }).click();
  await raw.getByRole('status').filter({ hasText: content.ui.pending.failed }).waitFor({ timeout: 5000 });
  await raw.waitForTimeout(1500);
  expect(loads).toBe(1);
});

test('files that arrive but cannot run (a broken deploy) cost one reload, not one after another', async ({ openPage }) => {
  const raw = await plainPage(openPage);
  await raw.route(/\/assets\/start-[\w-]+\.js$/, (route: Route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export const broken = ;' }),
  );
  let loads = 0;
  raw.on('load', () => loads++);
  await raw.goto(inject('baseUrl'), { waitUntil: 'load' });
  await raw.getByRole('button', { name: content.ui.start.button }).click();
  await expect.poll(() => loads, { timeout: 5000 }).toBe(2);
  await raw.getByRole('status').filter({ hasText: content.ui.pending.failed }).waitFor({ timeout: 5000 });
  await raw.waitForTimeout(1500);
  expect(loads).toBe(2);
});
