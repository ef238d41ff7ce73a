import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, newPage } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('the built start page loads, is English, has one h1 and passes axe', async () => {
  const page = await newPage(browser, { width: 390, height: 844 });
  try {
    await page.goto(inject('baseUrl'), { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible' });

    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').count()).toBe(1);
    await expectNoAxeViolations(page, 'start');
    expect(page.errors).toEqual([]);
  } finally {
    await page.context().close();
  }
});
