// Small phones and 200 % zoom: no sideways scrolling and touch targets of at least 44 px.
import type { Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { answersOf, journeys } from '../fixtures/journeys';
import { test } from './support/fixture';
import { answer, content, shownQuestion } from './support/wizardPage';

async function expectFits(page: Page, screen: string) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${screen} scrolls sideways`).toBeLessThanOrEqual(client);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href], input, summary')]
      .map((el) => {
        // A choice's input is itself the 44 px target (transparent, over its label's box).
        const r = el.getBoundingClientRect();
        return { name: el.textContent?.trim() || el.id, w: r.width, h: r.height, inline: el.closest('p, li') !== null };
      })
      // Links inside a sentence are exempt from the target size rule (WCAG 2.5.8).
      .filter((t) => !t.inline && (t.w < 44 || t.h < 44)),
  );
  expect(small, `${screen} has small touch targets`).toEqual([]);
}

// 320 px is the smallest phone; 640 px is a 1280 px screen at 200 % zoom.
test.for([320, 640])('every screen fits %i px wide', async (width, { openPage }) => {
  const page = await openPage({ width, height: 720 });
  await page.goto(inject('baseUrl'));
  await expectFits(page, 'start');
  await page.getByRole('button', { name: content.ui.start.button }).click();
  await page.getByRole('button', { name: content.ui.question.continue }).click();
  await page.getByRole('alert').waitFor();
  await expectFits(page, 'question error');
  const given = answersOf(journeys.find((j) => j.file === 'hospital-flight-home.json')!);
  for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) {
    await expectFits(page, `question ${q}`);
    const before = await page.locator('h1').innerText();
    await answer(page, q, given[q]!);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
  }
  await expectFits(page, 'check answers');
  await page.getByRole('button', { name: content.ui.check.confirm }).click();
  await page.getByRole('heading', { level: 1, name: /Both can help/ }).waitFor();
  await expectFits(page, 'result');
});

// The header's name starts where the page's text does, at every width (it sat 16 px to the left
// once the page was wider than its column).
test.for([
  ['./', 390],
  ['./', 1280],
  ['planner.html', 390],
  ['planner.html', 1280],
] as const)('the header lines up with the page: %s at %i px', async ([path, width], { openPage }) => {
  const page = await openPage({ width, height: 800 });
  await page.goto(new URL(path, inject('baseUrl')).href);
  const [name, heading] = await page.evaluate(() =>
    ['.header__name', 'main h1'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().left)),
  );
  expect(name).toBe(heading);
});
