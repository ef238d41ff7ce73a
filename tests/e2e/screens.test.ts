// Every screen the app can show, at a phone and a desktop width: axe on each, and a PNG of
// each under screenshots/ (ignored by git) for a reviewer to look through.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { answersOf, journeys } from '../fixtures/journeys';
import { expectNoAxeViolations } from './support/axe';
import { test } from './support/fixture';
import { answer, content, passWelcome, shownQuestion } from './support/wizardPage';

const outDir = resolve(import.meta.dirname, '../../screenshots');

async function capture(page: Page, width: number, name: string) {
  await expectNoAxeViolations(page, `${name} at ${width}px`);
  const dir = join(outDir, String(width));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** One journey per outcome and order, so every result screen is seen. */
const resultJourneys = journeys.filter(
  (j, i) => journeys.findIndex((k) => k.outcome === j.outcome && k.order.join() === j.order.join()) === i,
);

describe.each([390, 1280])('every screen at %i px', (width) => {
  test('start, each question, its error state, check answers, and a result', async ({ openPage }) => {
    const page = await openPage({ width, height: 900 });
    await page.goto(inject('baseUrl'));
    await capture(page, width, '01-start');
    await page.getByRole('button', { name: content.ui.start.button }).click();
    await page.getByRole('button', { name: content.ui.question.continue }).click();
    await page.getByRole('alert').waitFor();
    await capture(page, width, '02-question-error');
    const given = answersOf(journeys.find((j) => j.screens.includes('escort'))!);
    let n = 0;
    for (let q = await shownQuestion(page); q; q = await shownQuestion(page)) {
      await capture(page, width, `03-question-${++n}-${q}`);
      const before = await page.locator('h1').innerText();
      await answer(page, q, given[q]!);
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    }
    await capture(page, width, '04-check-answers');
    expect(page.errors).toEqual([]);
  });

  test.for(resultJourneys.map((j) => [j.outcome, j.order.join('-first-'), j] as const))(
    'result: %s (%s)',
    async ([outcome, order, journey], { openPage }) => {
      const page = await openPage({ width, height: 900 });
      await page.goto(`${inject('baseUrl')}#${journey.answers}`);
      // The screens around the result look the same for every outcome: captured once.
      const first = journey === resultJourneys[0];
      if (first) await page.getByRole('heading', { level: 1, name: content.ui.arrival.welcomeTitle }).waitFor();
      if (first) await capture(page, width, '04b-welcome-from-care-team-link');
      await passWelcome(page);
      if (first) await capture(page, width, '05-check-answers-from-link');
      await page.getByRole('button', { name: content.ui.check.confirm }).click();
      await page.locator('h1').waitFor();
      await capture(page, width, `06-result-${outcome}-${order}`);
      if (first) {
        await page.getByRole('button', { name: content.ui.restart.button }).click();
        await capture(page, width, '07-result-confirm-restart');
      }
    },
  );

  test('the bad-link notice and the planner page', async ({ openPage }) => {
    const page = await openPage({ width, height: 900 });
    await page.goto(`${inject('baseUrl')}#now=moon&next=home&colour=red&travel=none,flight`);
    await passWelcome(page);
    await page.getByRole('region', { name: content.ui.prefill.noticeTitle }).waitFor();
    await capture(page, width, '08-bad-link-notice');
    await page.goto(`${inject('baseUrl')}planner.html`);
    await page.getByRole('heading', { level: 1, name: content.ui.planner.title }).waitFor();
    await capture(page, width, '09-planner');
  });
});
