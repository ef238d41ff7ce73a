// On a slow phone the prerendered Start button shows long before the app can start. A tap then
// must not be lost: it is acknowledged at once and opens question 1 as soon as the app runs.
import type { Route } from 'playwright-core';
import { expect, inject } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { content, questionTitle } from './support/wizardPage';

test('a tap on Start before the app is ready says so at once, then opens question 1 with no second tap', async ({ openPage }) => {
  const page = await openPage({ width: 390, height: 844 }, 'block');
  const context = page.context();
  await page.close();
  // A plain page: the test page's goto would wait for the app, which is held back here.
  const raw = await context.newPage();
  const errors: string[] = [];
  raw.on('pageerror', (e) => errors.push(e.message));
  const held: Route[] = [];
  let release = false;
  await raw.route(/\/assets\/wizard-[\w-]+\.js$/, (route) => (release ? route.continue() : void held.push(route)));
  await raw.goto(inject('baseUrl'), { waitUntil: 'load' });
  const start = raw.getByRole('button', { name: content.ui.start.button });
  await start.click();
  await raw.getByRole('status').filter({ hasText: content.ui.start.starting }).waitFor({ timeout: 2000 });
  expect(await raw.evaluate(() => document.documentElement.hasAttribute('data-ready'))).toBe(false);
  await expectNoAxeViolations(raw, 'start pressed while loading');
  release = true;
  for (const route of held.splice(0)) await route.continue();
  await raw.getByRole('heading', { level: 1, name: questionTitle('now') }).waitFor();
  expect(await raw.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  expect(errors).toEqual([]);
});
