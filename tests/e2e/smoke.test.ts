import { expect, inject } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';

test('the built start page loads, is English, has one h1 and passes axe', async ({ openPage }) => {
  const page = await openPage({ width: 390, height: 844 });
  await page.goto(inject('baseUrl'), { waitUntil: 'load' });
  await page.locator('h1').first().waitFor({ state: 'visible' });

  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.locator('h1').count()).toBe(1);
  await expectNoAxeViolations(page, 'start');
  expect(page.errors).toEqual([]);
});
